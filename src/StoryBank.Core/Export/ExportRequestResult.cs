namespace StoryBank.Core.Export;

/// <summary>An export request read and checked: the request, or the one-line reason it cannot be done.</summary>
public sealed record ExportRequestResult
{
    public ExportRequest? Request { get; init; }

    public string? Problem { get; init; }
}
