using Safeguarding.NationalPanelReceiver;

// A development stand-in for the national bodies' webhook receivers (the national panel, DfE,
// Ofsted and the national case review repository): it verifies each push's Standard Webhooks
// signature, records what arrived, and can be told to fail, so the outbound feeds can be watched
// working and failing end to end. It is not part of a deployment.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.Configure<ReceiverOptions>(builder.Configuration.GetSection("Receiver"));
builder.Services.AddSingleton<Inbox>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapReceiverApi();
app.Run();
