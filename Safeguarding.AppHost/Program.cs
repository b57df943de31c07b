using Safeguarding.AppHost;
using Safeguarding.AppHost.Hosting;

var builder = DistributedApplication.CreateBuilder(args);
AppModel.Declare(builder);
await builder.Build().RunAsync();
