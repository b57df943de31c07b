using Safeguarding.Messaging.DeadLetters;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.Publication.Api.Benchmarks;
using Safeguarding.Publication.Api.Extensions;
using Safeguarding.Publication.Api.Feeds;
using Safeguarding.Publication.Api.Imports;
using Safeguarding.Publication.Api.Reporting;
using Safeguarding.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapOpenApi().AllowAnonymous();
app.MapPublicationsApi();
app.MapReportsApi();
app.MapAnonymisationApi();
app.MapPublishingApi();
app.MapNationalSubmissionApi();
app.MapRegisterApi();
app.MapFeedsApi();
app.MapFeedSubscriptionsApi();
app.MapFeedDeliveriesApi();
app.MapYearlyReportApi();
app.MapYearlyReportPublicationsApi();
app.MapRegisterOfReviewsApi();
app.MapBenchmarksApi();
app.MapHistoryImportApi();
app.MapDeadLetterEndpoints().RequireAuthorization(Policies.Operate);

app.Run();

/// <summary>Marks this assembly for the test host.</summary>
public partial class Program;
