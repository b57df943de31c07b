global using Aspire.Hosting;
global using Aspire.Hosting.ApplicationModel;

