using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.JSInterop;
using StoryBank.Core.Coaching;
using StoryBank.Core.Stories;

namespace StoryBank.Web.Components.Pages.Stories;

/// <summary>
/// One form for every field of a story. Saving never overwrites silently: a save based on an old version is merged with
/// the version saved elsewhere (<see cref="StoryMerge"/>), and a field changed on both sides is shown side by side for
/// the person to choose; leaving with unsaved changes asks first. A few seconds after typing
/// stops, the unsaved form is kept as a draft in the database and offered again when the person comes back.
/// </summary>
public sealed partial class StoryEditor : IAsyncDisposable
{
    private const string TypeYourOwn = "\u0001own";
    private const string LeaveQuestion = "You have unsaved changes. Leave without saving?";

    /// <summary>How long typing must pause before the draft is written.</summary>
    private static readonly TimeSpan DraftDelay = TimeSpan.FromSeconds(3);

    /// <summary>A save still running after this is waiting for another writer's lock: say so.</summary>
    private static readonly TimeSpan WaitingNotice = TimeSpan.FromSeconds(1);

    private static readonly IReadOnlyList<EditorSection> Sections =
    [
        new(StorySection.Situation, "The context: where, when, what was at stake.", 4),
        new(StorySection.Role, "What was yours to do.", 3),
        new(StorySection.Action, "What you did, step by step, in the first person.", 6),
        new(StorySection.Outcome, "The result, with a number if you can.", 4),
        new(StorySection.Reflection, "What you learned or would do differently.", 3),
        new(StorySection.Notes, "Anything not sorted into a section yet.", 3),
    ];

    private StoryDraft _draft = new();
    private StoryDraft _base = new();
    private EditorDraft? _offer;
    private StoryDraft? _theirs;
    private IReadOnlyList<MergeConflict> _conflicts = [];
    private readonly Dictionary<string, bool> _keepTheirs = [];
    private IReadOnlyList<string> _mergedFields = [];
    private string? _notice;
    private ITimer? _draftTimer;
    private EditContext? _editContext;
    private IReadOnlyList<CategorySummary> _categories = [];
    private IReadOnlyList<string> _canonicalQuestions = [];
    private string _savedSnapshot = "";
    private int _version;
    private bool _interactive;
    private bool _busy;
    private bool _waiting;
    private bool _notFound;
    private bool _conflict;
    private bool _deletedElsewhere;
    private bool _confirmingDelete;
    private bool _leaving;
    private bool _dirtyInBrowser;

    /// <summary>This editor's watch in the shared browser module (see StoryEditor.razor.js).</summary>
    private int _watch;
    private string? _error;
    private string? _focusField;
    private IJSObjectReference? _module;

    [Parameter]
    public int? Id { get; set; }

    /// <summary>For a new story: the category slug to start in.</summary>
    [SupplyParameterFromQuery(Name = "category")]
    public string? CategorySlug { get; set; }

    /// <summary>For a new story: a question to start with (from practice, say).</summary>
    [SupplyParameterFromQuery(Name = "question")]
    public string? QuestionText { get; set; }

    /// <summary>The field to put the cursor in (from a coaching finding).</summary>
    [SupplyParameterFromQuery(Name = "field")]
    public string? Field { get; set; }

    [Inject]
    private StoryService Stories { get; set; } = null!;

    [Inject]
    private CategoryService Categories { get; set; } = null!;

    [Inject]
    private EditorDraftService Drafts { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    private bool IsNew => Id is null;

    /// <summary>Whose draft this form keeps: the story's, or the new story's (null).</summary>
    private int? DraftKey => Id;

    private bool IsDirty => _editContext is not null && !_leaving && Snapshot() != _savedSnapshot;

    private int WordCount => SpokenLength.CountWords(_draft.Sections.Situation, _draft.Sections.Role, _draft.Sections.Action, _draft.Sections.Outcome);

    public async ValueTask DisposeAsync()
    {
        // A circuit that ends keeps its last draft; it is written a few seconds after each pause, not on the way out.
        _draftTimer?.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("stopWatching", _watch);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the module.
            }
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        _categories = await Categories.ListAsync();
        if (IsNew)
        {
            var category = _categories.FirstOrDefault(c => c.Slug == CategorySlug);
            Load(new StoryDraft
            {
                CategoryId = category?.Id,
                Questions = string.IsNullOrWhiteSpace(QuestionText) ? [] : [QuestionText.Trim()],
            }, version: 0);
        }
        else
        {
            var story = await Stories.GetAsync(Id!.Value);
            _notFound = story is null;
            if (story is not null)
            {
                Load(StoryDraft.From(story), story.Version);
            }
        }

        if (!_notFound)
        {
            await FindDraftAsync();
        }

        _focusField = Field;
        await LoadCanonicalQuestionsAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Pages/Stories/StoryEditor.razor.js");
            _watch = await _module.InvokeAsync<int>("watchLeaving", LeaveQuestion);

            // Controls come alive only once the browser guards leaving: a render during the awaits above (another
            // component's, under load) would otherwise let typing start before the module counts it as unsaved.
            _interactive = true;
            StateHasChanged();
        }

        if (_module is null)
        {
            return;
        }

        // Links and Back are handled in the browser (see the module), which needs to know when there is something to lose.
        // The module marks the form dirty on its own as soon as the person types; only a change of state is sent, since a
        // "clean" sent by a render that started before the typing reached the server would arrive after the keystroke
        // and let Back leave unasked (a Chromium test caught it under load). At worst a form typed back to its saved
        // text still asks once.
        if (IsDirty != _dirtyInBrowser)
        {
            _dirtyInBrowser = IsDirty;
            await _module.InvokeVoidAsync("setDirty", _dirtyInBrowser, _watch);
        }

        if (_focusField is not null && _editContext is not null)
        {
            var field = _focusField;
            _focusField = null;
            await _module.InvokeVoidAsync("focusField", field);
        }
    }

    private void Load(StoryDraft draft, int version)
    {
        _draft = draft;
        _base = Copy(draft);
        _version = version;
        _editContext = new EditContext(_draft);
        _savedSnapshot = Snapshot();
        _conflict = false;
        _deletedElsewhere = false;
        _conflicts = [];
        _keepTheirs.Clear();
        _theirs = null;
        _error = null;
    }

    private string Snapshot() => JsonSerializer.Serialize(_draft);

    private static StoryDraft Copy(StoryDraft draft) => JsonSerializer.Deserialize<StoryDraft>(JsonSerializer.Serialize(draft))!;

    private void Changed(string field)
    {
        _editContext?.NotifyFieldChanged(_editContext.Field(field));
        ScheduleDraft();
    }

    /// <summary>(Re)starts the pause after which the draft is written: every change moves it further out.</summary>
    private void ScheduleDraft()
    {
        _draftTimer ??= Clock.CreateTimer(_ => _ = InvokeAsync(WriteDraftAsync), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _draftTimer.Change(DraftDelay, Timeout.InfiniteTimeSpan);
    }

    private async Task WriteDraftAsync()
    {
        if (_leaving || _editContext is null)
        {
            return;
        }

        // A copy, written off the circuit's thread: a database locked by an import must not freeze the typing.
        var key = DraftKey;
        var content = IsDirty ? Copy(_draft) : null;
        var (baseContent, baseVersion) = (_base, _version);
        try
        {
            await Task.Run(() => content is null ? Drafts.DeleteAsync(key) : Drafts.SaveAsync(key, content, baseContent, baseVersion));
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException)
        {
            // A busy or failing database must not end the circuit; the next pause in typing tries again.
        }
    }

    private async Task FindDraftAsync()
    {
        _offer = await Drafts.FindAsync(DraftKey);
        if (_offer is not null && _offer.Content == Snapshot())
        {
            // Nothing in it that is not saved already.
            await Drafts.DeleteAsync(DraftKey);
            _offer = null;
        }
    }

    /// <summary>When the draft was kept, in the person's time: "14:02", or "28 Nov 14:02" on another day.</summary>
    private string OfferTime(EditorDraft draft)
    {
        var zone = Clock.LocalTimeZone;
        var saved = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(draft.SavedAt, DateTimeKind.Utc), zone);
        var today = TimeZoneInfo.ConvertTimeFromUtc(Clock.GetUtcNow().UtcDateTime, zone).Date;
        return saved.ToString(saved.Date == today ? "HH:mm" : "d MMM HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>Puts the kept draft in the form, on top of the version it was based on, so saving still checks for conflicts.</summary>
    private void RestoreDraft()
    {
        if (_offer is null)
        {
            return;
        }

        _draft = EditorDraftService.ContentOf(_offer);
        _base = EditorDraftService.BaseOf(_offer);
        _version = _offer.BaseVersion;
        _editContext = new EditContext(_draft);
        _offer = null;
    }

    private async Task DiscardDraftAsync()
    {
        _offer = null;
        await ForgetDraftAsync();
    }

    private void SetSection(EditorSection section, string? value)
    {
        _draft.Sections = _draft.Sections.With(section.Section, value ?? "");
        Changed(section.Name);
    }

    private void SetQuestion(int index, string? value)
    {
        _draft.Questions[index] = value ?? "";
        Changed(nameof(StoryDraft.Questions));
    }

    private void RemoveQuestion(int index) => Remove(_draft.Questions, index, nameof(StoryDraft.Questions));

    private void AddQuestionFromList(ChangeEventArgs change)
    {
        var value = change.Value as string;
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        _draft.Questions.Add(value == TypeYourOwn ? "" : value);
        Changed(nameof(StoryDraft.Questions));
    }

    private async Task OnCategoryChangedAsync(ChangeEventArgs change)
    {
        _draft.CategoryId = int.TryParse(change.Value as string, out var id) ? id : null;
        Changed(nameof(StoryDraft.CategoryId));
        await LoadCanonicalQuestionsAsync();
    }

    private async Task LoadCanonicalQuestionsAsync() =>
        _canonicalQuestions = _draft.CategoryId is { } id ? await Categories.CanonicalQuestionsAsync(id) : [];

    private void SetMetric(int index, string? value)
    {
        _draft.Metrics[index] = value ?? "";
        Changed(nameof(StoryDraft.Metrics));
    }

    private void AddMetric()
    {
        _draft.Metrics.Add("");
        Changed(nameof(StoryDraft.Metrics));
    }

    private void SetFollowUp(int index, string? question, string? answer)
    {
        var followUp = _draft.FollowUps[index];
        _draft.FollowUps[index] = followUp with { Question = question ?? followUp.Question, Answer = answer ?? followUp.Answer };
        Changed(nameof(StoryDraft.FollowUps));
    }

    private void AddFollowUp()
    {
        _draft.FollowUps.Add(new FollowUp());
        Changed(nameof(StoryDraft.FollowUps));
    }

    private void Move<T>(List<T> items, int from, int to, string field)
    {
        if (to < 0 || to >= items.Count)
        {
            return;
        }

        (items[from], items[to]) = (items[to], items[from]);
        Changed(field);
    }

    private void Remove<T>(List<T> items, int index, string field)
    {
        items.RemoveAt(index);
        Changed(field);
    }

    /// <summary>Blank rows are leftovers of "Add", not content: they are dropped before saving.</summary>
    private StoryDraft Cleaned() => new()
    {
        Title = _draft.Title.Trim(),
        Questions = _draft.Questions.Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q.Trim()).ToList(),
        CategoryId = _draft.CategoryId,
        Sections = _draft.Sections,
        Metrics = _draft.Metrics.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToList(),
        FollowUps = _draft.FollowUps.Where(f => !string.IsNullOrWhiteSpace(f.Question) || !string.IsNullOrWhiteSpace(f.Answer)).ToList(),
    };

    private async Task SaveAsync() => await WriteAsync(async draft =>
        IsNew ? await Stories.CreateAsync(draft) : await Stories.UpdateAsync(Id!.Value, draft, _version));

    /// <summary>After a conflict: each field changed on both sides takes the side the person chose, then saves.</summary>
    private async Task SaveChoicesAsync()
    {
        if (_theirs is null || _conflicts.Any(c => !_keepTheirs.ContainsKey(c.Field)))
        {
            return;
        }

        foreach (var conflict in _conflicts.Where(c => _keepTheirs[c.Field]))
        {
            StoryMerge.TakeTheirs(_draft, _theirs, conflict.Field);
        }

        _conflict = false;
        _conflicts = [];
        _keepTheirs.Clear();
        _theirs = null;
        await SaveAsync();
    }

    private void Choose(string field, bool theirs) => _keepTheirs[field] = theirs;

    /// <summary>
    /// Someone saved the story since this form loaded it: merge their version and mine against the one both started
    /// from. Without a field changed on both sides, save the merge at once; otherwise show those fields to choose.
    /// </summary>
    private async Task MergeWithTheirsAsync()
    {
        var latest = await Task.Run(() => Stories.GetAsync(Id!.Value));
        if (latest is null)
        {
            _conflict = true;
            _deletedElsewhere = true;
            return;
        }

        var theirs = StoryDraft.From(latest);
        var result = StoryMerge.Merge(_base, theirs, Cleaned());
        _draft = result.Merged;
        _editContext = new EditContext(_draft);
        _base = theirs;
        _version = latest.Version;
        _mergedFields = result.TakenFromTheirs;
        if (result.Conflicts.Count == 0)
        {
            await SaveAsync();
            return;
        }

        _conflict = true;
        _theirs = theirs;
        _conflicts = result.Conflicts;
        _keepTheirs.Clear();
    }

    private async Task SaveAsNewAsync() => await WriteAsync(draft => Stories.CreateAsync(draft));

    private async Task WriteAsync(Func<StoryDraft, Task<Story>> write)
    {
        _busy = true;
        _error = null;
        _notice = null;
        try
        {
            var saved = await WaitForWriteAsync(write);
            await ForgetDraftAsync();
            if (_mergedFields.Count > 0)
            {
                // Stay, so the person sees what was merged; the form now shows the story as saved.
                _notice = $"Saved, together with the changes made elsewhere to {string.Join(", ", _mergedFields)}.";
                _mergedFields = [];
                Load(StoryDraft.From(saved), saved.Version);
                return;
            }

            _leaving = true;
            _draftTimer?.Dispose();
            Navigation.NavigateTo($"stories/{saved.Id}");
        }
        catch (StoryConcurrencyException)
        {
            try
            {
                await MergeWithTheirsAsync();
            }
            catch (Exception exception) when (exception is DbException or DbUpdateException)
            {
                _error = NotWrittenMessage(exception, "Not saved");
            }
        }
        catch (StoryNotFoundException)
        {
            _conflict = true;
            _deletedElsewhere = true;
        }
        catch (ValidationException exception)
        {
            _error = string.Join(" ", exception.Errors.Select(e => e.ErrorMessage));
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException)
        {
            _error = NotWrittenMessage(exception, "Not saved");
            ScheduleDraft();
        }
        finally
        {
            _waiting = false;
            _busy = false;
        }
    }

    private async Task ReloadAsync()
    {
        var story = await Stories.GetAsync(Id!.Value);
        if (story is null)
        {
            _deletedElsewhere = true;
            return;
        }

        Load(StoryDraft.From(story), story.Version);
        await LoadCanonicalQuestionsAsync();
    }

    /// <summary>
    /// Writes off the circuit's thread: SQLite waits for a lock held by another writer (an import or restore from the
    /// command line) by blocking, up to its timeout, and the page must stay alive meanwhile to say so.
    /// </summary>
    private async Task<Story> WaitForWriteAsync(Func<StoryDraft, Task<Story>> write)
    {
        var draft = Cleaned();
        var writing = Task.Run(() => write(draft));
        using var notice = new CancellationTokenSource();
        var waited = Task.Delay(WaitingNotice, Clock, notice.Token);
        if (await Task.WhenAny(writing, waited) == waited)
        {
            _waiting = true;
            StateHasChanged();
        }

        await notice.CancelAsync();
        return await writing;
    }

    /// <summary>What to tell the person when the database refused a write; their text stays in the form either way.</summary>
    private static string NotWrittenMessage(Exception exception, string what)
    {
        var sqlite = exception as SqliteException ?? exception.InnerException as SqliteException;
        return sqlite?.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED
            ? $"{what}: the database stayed busy (another import or restore is writing to it). Your changes are still here; try again when it has finished."
            : $"{what}: the database could not be written ({sqlite?.Message ?? exception.Message}). Your changes are still here.";
    }

    private async Task DeleteAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            await Task.Run(() => Stories.DeleteAsync(Id!.Value));
            _leaving = true;
            Navigation.NavigateTo("stories");
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException)
        {
            _error = NotWrittenMessage(exception, "Not deleted");
        }
        finally
        {
            _busy = false;
        }
    }

    private void Cancel() => Navigation.NavigateTo(IsNew ? "stories" : $"stories/{Id}");

    private async Task OnBeforeInternalNavigationAsync(LocationChangingContext context)
    {
        if (!IsDirty)
        {
            return;
        }

        if (!await JS.InvokeAsync<bool>("confirm", LeaveQuestion))
        {
            context.PreventNavigation();
            return;
        }

        // Leaving without saving, knowingly: the draft goes too.
        _leaving = true;
        await ForgetDraftAsync();
    }

    /// <summary>Drops the draft after a save or a knowing discard; a failure only leaves a draft that is offered again.</summary>
    private async Task ForgetDraftAsync()
    {
        var key = DraftKey;
        try
        {
            await Task.Run(() => Drafts.DeleteAsync(key));
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException)
        {
            // The draft stays and is offered next time; nothing is lost.
        }
    }

    /// <summary>A text section of the form: which section, its hint and size. Its name is its label, its id and its field.</summary>
    private sealed record EditorSection(StorySection Section, string Hint, int Rows)
    {
        public string Name => Section.ToString();

        public string Get(StoryDraft draft) => draft.Sections.Get(Section);
    }
}
