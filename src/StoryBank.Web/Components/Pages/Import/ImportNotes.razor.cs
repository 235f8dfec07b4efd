using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using StoryBank.Core.Import;
using StoryBank.Core.Stories;
using StoryBank.Web.Components.Shared;

namespace StoryBank.Web.Components.Pages.Import;

/// <summary>Upload a notes file, preview what each story becomes, then import it in one go.</summary>
public sealed partial class ImportNotes : IDisposable
{
    private static readonly string MaxSize = $"{NotesFile.MaxBytes / (1024 * 1024)} MB";

    /// <summary>
    /// Rows of the preview (and of the result) shown at once. A 5 MB file holds thousands of stories, and every row drawn
    /// stays in the circuit's render tree (twice, for the next diff) for as long as the page is open.
    /// </summary>
    internal const int PageSize = 50;

    // Cancels a read or an import still running when the person leaves the page.
    private readonly CancellationTokenSource _cancellation = new();
    private Dictionary<string, string> _categoryNames = [];
    private bool _interactive;
    private bool _busy;
    private bool _moveFocus;
    private bool _bringBackDeleted;
    private int _inputKey;
    private int _page = 1;
    private string? _fileName;
    private string? _error;
    private NotesImport? _import;
    private ImportReport? _preview;
    private ImportReport? _result;
    private InputFile? _fileInput;
    private ElementReference _previewHeading;
    private ElementReference _resultHeading;

    /// <summary>How many stories of these notes the person deleted in the app since an earlier import.</summary>
    private int DeletedCount => _preview?.Items.Count(i => i.DeletedInApp) ?? 0;

    private bool HasWork => _preview is not null && _preview.Count(ImportAction.Create) + _preview.Count(ImportAction.Update) > 0;

    protected override async Task OnInitializedAsync()
    {
        var categories = await Categories.ListAsync(_cancellation.Token);
        _categoryNames = categories.ToDictionary(c => c.Slug, c => c.Name, StringComparer.Ordinal);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // Prerendered markup has no handlers yet: its controls stay disabled until the circuit is live, so no click is lost.
            _interactive = true;
            StateHasChanged();
            return;
        }

        if (_moveFocus)
        {
            // The control that had focus was just replaced; put focus where the person continues, for keyboard and screen reader users.
            _moveFocus = false;
            var target = _result is not null ? _resultHeading : _preview is not null ? _previewHeading : _fileInput?.Element;
            if (target is { } element)
            {
                await element.FocusAsync();
            }
        }
    }

    private async Task OnFileChosenAsync(InputFileChangeEventArgs change)
    {
        var file = change.File;
        Clear();
        _fileName = file.Name;
        try
        {
            if (file.Size > NotesFile.MaxBytes)
            {
                _error = TooBig(file.Name, NotesFile.DescribeSize(file.Size));
                return;
            }

            _busy = true;
            var bytes = await ReadAsync(file, _cancellation.Token);
            if (bytes is null)
            {
                _error = TooBig(file.Name, $"more than {MaxSize}");
                return;
            }

            var import = NotesFile.Parse(bytes, file.Name);
            import = await RoleStore.WithSavedAsync(import, _cancellation.Token);
            _preview = await Imports.PreviewAsync(import, _bringBackDeleted, _cancellation.Token);
            _import = import;
        }
        catch (NotesImportException exception)
        {
            _error = exception.Message;
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            // Whatever fails (the upload, the reader, the database), the person gets a sentence and a file chooser
            // again; an exception left to Blazor would end the circuit and leave the page on "Reading…".
            _error = Failure(exception, file.Name);
        }
        finally
        {
            _busy = false;
            _moveFocus = true;

            // A new file chooser after a failure, so choosing the same file again (once fixed) is noticed by the browser.
            if (_preview is null)
            {
                _inputKey++;
            }
        }
    }

    private async Task ImportAsync()
    {
        if (_import is null || _busy)
        {
            return;
        }

        var fileName = _import.FileName;
        _error = null;
        _busy = true;
        try
        {
            // Import re-plans inside its transaction, so the result (not the preview) says what really happened.
            _result = await Imports.ImportAsync(_import, _bringBackDeleted, _cancellation.Token);
            _page = 1;
            _preview = null;
            _import = null;
            _moveFocus = true;
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // The import is one transaction: nothing was saved, and the preview stays for another try.
            _error = Failure(exception, fileName);
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>The person corrected a role: the notes were read again with it, so the preview is planned again.</summary>
    private async Task OnRolesChangedAsync(NotesImport import)
    {
        _import = import;
        _preview = await Imports.PreviewAsync(import, _bringBackDeleted, _cancellation.Token);
        _page = Math.Min(_page, PageCount(_preview));
    }

    /// <summary>Plans the preview again with or without the deleted stories, so the table says what Import will do.</summary>
    private async Task OnBringBackDeletedChangedAsync(ChangeEventArgs change)
    {
        _bringBackDeleted = change.Value is true;
        if (_import is null || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            _preview = await Imports.PreviewAsync(_import, _bringBackDeleted, _cancellation.Token);
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            _error = Failure(exception, _import.FileName);
        }
        finally
        {
            _busy = false;
        }
    }

    private void Reset()
    {
        Clear();
        _inputKey++;
        _moveFocus = true;
    }

    private void Clear()
    {
        _bringBackDeleted = false;
        _fileName = null;
        _error = null;
        _import = null;
        _preview = null;
        _result = null;
        _page = 1;
    }

    private void ShowPage(int page) => _page = page;

    private IEnumerable<ImportItem> OnePage(IReadOnlyList<ImportItem> items) => items.Skip(Paging.Skip(_page, PageSize)).Take(PageSize);

    private static int PageCount(ImportReport report) => Paging.PageCount(report.Items.Count, PageSize);

    /// <summary>The file's bytes, or null when it holds more than a notes file may, whatever size the browser announced.</summary>
    private static async Task<byte[]?> ReadAsync(IBrowserFile file, CancellationToken cancellationToken)
    {
        // One byte over the limit is allowed through, so a file that is too big ends here with our message, not the stream's exception.
        await using var stream = file.OpenReadStream(NotesFile.MaxBytes + 1, cancellationToken);
        using var memory = new MemoryStream((int)Math.Min(file.Size, NotesFile.MaxBytes));
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            memory.Write(chunk, 0, read);
            if (memory.Length > NotesFile.MaxBytes)
            {
                return null;
            }
        }

        return memory.ToArray();
    }

    /// <summary>One line for anything that went wrong with <paramref name="fileName"/>.</summary>
    private string Failure(Exception exception, string fileName) => exception switch
    {
        NotesImportException => exception.Message,
        _ when Database.ProblemIn(exception) is { } problem => problem.Message,
        IOException => $"{fileName}: the upload failed ({exception.Message}); choose the file again.",
        _ => $"{fileName} could not be read: {exception.Message.ReplaceLineEndings(" ")}",
    };

    private static string TooBig(string fileName, string size) =>
        $"{fileName} is {size}; notes files can be at most {MaxSize}. Split the notes into smaller files and import each one.";

    private string CategoryName(string? slug) => slug is null ? "no category" : _categoryNames.GetValueOrDefault(slug, slug);

    private static string Subject(ImportedStory story) =>
        story.Question.Length > 0 ? story.Question : $"(story) {(story.Title.Length > 0 ? story.Title : "untitled")}";

    private static (string Name, bool Filled)[] StarSections(ImportedStory story) =>
    [
        ("Situation", SectionText.IsFilled(story.Sections.Situation)),
        ("Role", SectionText.IsFilled(story.Sections.Role)),
        ("Action", SectionText.IsFilled(story.Sections.Action)),
        ("Outcome", SectionText.IsFilled(story.Sections.Outcome)),
    ];

    /// <summary>What the marks show, in words: "Filled: Situation, Role. Empty: Action, Outcome."</summary>
    private static string StarDescription(ImportedStory story)
    {
        var sections = StarSections(story);
        var filled = sections.Where(s => s.Filled).Select(s => s.Name).ToList();
        var empty = sections.Where(s => !s.Filled).Select(s => s.Name).ToList();
        return string.Join(" ", new[] { ("Filled", filled), ("Empty", empty) }
            .Where(group => group.Item2.Count > 0)
            .Select(group => $"{group.Item1}: {string.Join(", ", group.Item2)}."));
    }

    private static string Lines(ImportSource source) =>
        source.EndLine > source.Line ? $"{source.Line}–{source.EndLine}" : $"{source.Line}";

    private static string PreviewSummary(ImportReport report)
    {
        var parts = Enum.GetValues<ImportAction>()
            .Where(action => report.Count(action) > 0)
            .Select(action => $"{report.Count(action)} {WillHappen(action)}");
        return $"{report.Items.Count} {(report.Items.Count == 1 ? "story" : "stories")}: {string.Join(", ", parts)}.";
    }

    private static string ActionClass(ImportAction action) => action.ToString().ToLowerInvariant();

    private static string WillHappen(ImportAction action) => action switch
    {
        ImportAction.Create => "will be created",
        ImportAction.Update => "will be updated",
        ImportAction.Unchanged => "unchanged",
        ImportAction.Skip => "skipped (changed in the app)",
        _ => "rejected",
    };

    private static string WillHappen(ImportItem item) => item switch
    {
        { Action: ImportAction.Skip, DeletedInApp: true } => "skipped (deleted in the app)",
        { Action: ImportAction.Skip } => "skipped (edited in the app)",
        { Action: ImportAction.Create, DeletedInApp: true } => "will be brought back",
        _ => WillHappen(item.Action),
    };

    private static string Done(ImportItem item) => item switch
    {
        { Action: ImportAction.Create, DeletedInApp: true } => "brought back",
        { Action: ImportAction.Create } => "created",
        { Action: ImportAction.Update } => "updated",
        _ => WillHappen(item),
    };

    public void Dispose()
    {
        _cancellation.Cancel();
        _cancellation.Dispose();

        // The parsed notes and the preview are this page's bulk (a 5 MB file's stories twice over): drop them as soon as the
        // page goes, whatever may still hold the component (the file input's JavaScript reference, a retained circuit).
        _import = null;
        _preview = null;
        _result = null;
    }
}
