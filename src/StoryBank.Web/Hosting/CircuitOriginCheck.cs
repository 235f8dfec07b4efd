namespace StoryBank.Web.Hosting;

/// <summary>
/// Refuses a connection to the Blazor circuit (<c>/_blazor</c>: negotiate, WebSocket, long polling) that a page from
/// another origin opens. Browsers always send <c>Origin</c> there; a page on another site or another local port could
/// otherwise drive the person's stories through their own browser. Clients that send no Origin are not browsers and
/// cannot be led there by a web page, so they pass (the host name filter still applies to them).
/// </summary>
public static class CircuitOriginCheck
{
    private static readonly PathString CircuitPath = "/_blazor";

    public static IApplicationBuilder UseCircuitOriginCheck(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(CircuitPath) && !IsSameOrigin(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            return next(context);
        });

    /// <summary>True when the request has no Origin or the Origin is the scheme, host and port the request was sent to.</summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin;
        if (origin.Count == 0)
        {
            return true;
        }

        if (origin.Count > 1 || !Uri.TryCreate(origin[0], UriKind.Absolute, out var uri))
        {
            return false;
        }

        var expected = new Uri($"{request.Scheme}://{request.Host}");
        return Uri.Compare(uri, expected, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            && uri.AbsolutePath == "/";
    }
}
