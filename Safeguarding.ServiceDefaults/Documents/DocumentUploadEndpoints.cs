using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;

namespace Safeguarding.ServiceDefaults.Documents;

public static class DocumentUploadEndpoints
{
    /// <summary>
    /// An endpoint that takes a document as multipart/form-data (<see cref="DocumentUpload"/>): callers
    /// use bearer tokens, not cookies, so there is no antiforgery token; the form may be as large as the
    /// largest document with its form around it, and no larger.
    /// </summary>
    public static RouteHandlerBuilder AcceptsDocumentUpload(this RouteHandlerBuilder endpoint) => endpoint.AcceptsFormUpload(DocumentUpload.MaxFormBytes);

    /// <summary>An endpoint that takes a file as multipart/form-data, as <see cref="AcceptsDocumentUpload"/> does, in a form of at most <paramref name="maxFormBytes"/>.</summary>
    public static RouteHandlerBuilder AcceptsFormUpload(this RouteHandlerBuilder endpoint, long maxFormBytes) => endpoint
        .DisableAntiforgery()
        .WithFormOptions(multipartBodyLengthLimit: maxFormBytes)
        .WithMetadata(new RequestSizeLimitAttribute(maxFormBytes));
}
