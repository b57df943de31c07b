global using Aspire.Hosting;
global using Aspire.Hosting.ApplicationModel;

// The local servers come from Debian packages: the app host runs on Linux.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
