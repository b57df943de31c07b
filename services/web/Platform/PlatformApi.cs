using System.Net;
using System.Text.Json;

namespace Safeguarding.Web.Platform;

/// <summary>
/// The platform's API, called through the gateway with the signed-in person's own token
/// (<see cref="PersonToken"/>), so the gateway's checks, each service's access rules and the
/// audit trail apply to a person here exactly as to an agency's system.
/// </summary>
public sealed class PlatformApi(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The answer to a read; anything but success ends the page with what the platform said (<see cref="PlatformRefusedException"/>).</summary>
    public async Task<T> GetAsync<T>(string path, CancellationToken ct)
    {
        using var response = await http.GetAsync(path, ct);
        PlatformRefusedException.ThrowUnless(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<T>(Json, ct))!;
    }

    /// <summary>A document the platform renders (such as the printable yearly report), as its text.</summary>
    public async Task<string> GetTextAsync(string path, CancellationToken ct)
    {
        using var response = await http.GetAsync(path, ct);
        PlatformRefusedException.ThrowUnless(response, HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync(ct);
    }

    /// <summary>A file sent as the platform's uploads take it (multipart/form-data: file, and title when given), answered as <see cref="SendAsync{T}"/> is.</summary>
    public async Task<PlatformResult<T>> UploadAsync<T>(string path, IFormFile file, string? title, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        await using var stream = file.OpenReadStream();
        var content = new StreamContent(stream);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType is { Length: > 0 } type ? type : "application/octet-stream");
        form.Add(content, "file", file.FileName);
        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }

        using var response = await http.PostAsync(path, form, ct);
        return await AnswerAsync<T>(response, ct);
    }

    /// <summary>
    /// A step or a new case: the created or changed resource, or the problems the service found in
    /// what was sent (400, 409, 422), for the form to show. Anything else ends the page.
    /// </summary>
    public async Task<PlatformResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await http.SendAsync(request, ct);
        return await AnswerAsync<T>(response, ct);
    }

    private static async Task<PlatformResult<T>> AnswerAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity or HttpStatusCode.RequestEntityTooLarge)
        {
            return PlatformResult<T>.Refused(await ProblemAnswer.ReadAsync(response, ct));
        }

        PlatformRefusedException.ThrowUnless(response, HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.NoContent);
        return PlatformResult<T>.Done(response.StatusCode == HttpStatusCode.NoContent ? default! : (await response.Content.ReadFromJsonAsync<T>(Json, ct))!);
    }
}
