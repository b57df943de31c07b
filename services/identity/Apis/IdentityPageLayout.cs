namespace Safeguarding.Identity.Api.Apis;

/// <summary>The identity service's few pages: plain HTML that works without JavaScript, in the GOV.UK colours.</summary>
internal static class IdentityPageLayout
{
    public static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{title} – Safeguarding</title>
          <style>
            body {"{"} font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; color: #0b0c0c; {"}"}
            label {"{"} display: block; font-weight: 600; margin-top: 1rem; {"}"}
            input[type=text], input[type=password] {"{"} width: 100%; padding: .5rem; font-size: 1rem; border: 2px solid #0b0c0c; {"}"}
            button {"{"} margin-top: 1.5rem; padding: .6rem 1.2rem; font-size: 1rem; background: #00703c; color: #fff; border: 0; {"}"}
            .error {"{"} border-left: 5px solid #d4351c; padding: .2rem 1rem; margin: 1rem 0; {"}"}
          </style>
        </head>
        <body>
        {body}
        </body>
        </html>
        """;
}
