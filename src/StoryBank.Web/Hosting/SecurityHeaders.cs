using System.Security.Cryptography;

namespace StoryBank.Web.Hosting;

/// <summary>
/// The headers that keep the page to the app's own scripts and styles: a Content-Security-Policy, no MIME sniffing and
/// no Referer sent to links the person's notes contain.
/// </summary>
public static class SecurityHeaders
{
    private static readonly object NonceKey = new();

    /// <summary>
    /// The nonce of this response's policy. The only inline script the app renders is Blazor's import map
    /// (<c>&lt;ImportMap&gt;</c>), which carries it; everything else is a file the app serves.
    /// </summary>
    public static string Nonce(HttpContext context) =>
        context.Items[NonceKey] as string ?? throw new InvalidOperationException("UseSecurityHeaders must run before the page is rendered.");

    /// <summary>The policy for one response. <c>'self'</c> in connect-src also allows the circuit's WebSocket (ws: to the same host).</summary>
    public static string Policy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self'; " +
        // Bootstrap draws its select arrows and check marks as data: SVG images.
        "img-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = Policy(nonce);
            return next(context);
        });
}
