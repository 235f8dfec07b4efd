using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using StoryBank.Core.Practice;
using StoryBank.Web.Components.Shared;

namespace StoryBank.Web.Components.Pages.Practice;

/// <summary>
/// Rehearsal: a question, a timer counting up against the target band, the story as a cue card on request, then a
/// rating that stores the attempt and brings the next question. Time comes from <see cref="TimeProvider"/>, so tests
/// drive the clock; the timer redraws once a second while it runs.
/// </summary>
public sealed partial class PracticeSession : IAsyncDisposable
{
    private static readonly IReadOnlyList<(PracticeRating Rating, string Key, string Hint)> Ratings =
    [
        (PracticeRating.Again, "1", "Could not tell it: again in a few minutes (1)"),
        (PracticeRating.Hard, "2", "Told it with effort (2)"),
        (PracticeRating.Good, "3", "Told it well (3)"),
        (PracticeRating.Easy, "4", "Told it without effort (4)"),
    ];

    /// <summary>Questions of the history shown at once: every question ever practised is a row, and years of practice are thousands.</summary>
    internal const int HistoryPageSize = 50;

    private readonly HashSet<string> _selected = new(StringComparer.Ordinal);
    private IReadOnlyList<PracticeCategory> _categories = [];
    private PracticeOrder _order = PracticeOrder.Due;
    private PracticeQuestion? _question;
    private CueCard? _cueCard;
    private IReadOnlyList<QuestionHistory> _history = [];
    private int _historyPage = 1;
    private IReadOnlyList<PracticeDay> _days = [];
    private bool _loaded;
    private bool _interactive;
    private bool _busy;
    private bool _started;
    private bool _revealed;
    private bool _disposed;
    private long? _runningSince;
    /// <summary>Time on the clock from earlier runs, when Start follows a Stop.</summary>
    private TimeSpan _elapsedBeforeRun;
    private PeriodicTimer? _ticker;
    private string? _status;
    private DotNetObjectReference<PracticeSession>? _self;
    private IJSObjectReference? _module;
    private IJSObjectReference? _shortcuts;

    [Inject]
    private PracticeService Practice { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    private TimeSpan Elapsed => _elapsedBeforeRun + (_runningSince is { } since ? Clock.GetElapsedTime(since) : TimeSpan.Zero);

    private bool Running => _runningSince is not null;

    private bool CanStart => _interactive && !_busy && _question is not null && !Running;

    private bool CanStop => _interactive && !_busy && Running;

    private bool CanReveal => _interactive && !_busy && _question is not null && !_revealed;

    private bool CanRate => _interactive && !_busy && _question is not null && _started;

    private bool CanChangeFilter => _interactive && !_busy && !Running;

    private PracticeTimerZone Zone => Practice.Options.ZoneOf(Elapsed);

    private string ZoneClass => Zone switch
    {
        PracticeTimerZone.InTarget => "timer-amber",
        PracticeTimerZone.OverTarget => "timer-red",
        _ => "timer-calm",
    };

    // Colour alone does not tell everyone where they stand.
    private string ZoneText => Zone switch
    {
        PracticeTimerZone.InTarget => "in the band: land the result",
        PracticeTimerZone.OverTarget => "over the band: wrap up",
        _ => "",
    };

    private PracticeFilter Filter => new([.. _selected], _order);

    /// <summary>Called by the page's keyboard listener (PracticeSession.razor.js).</summary>
    /// <param name="key"><c>Space</c>, <c>r</c> or <c>1</c>–<c>4</c>.</param>
    [JSInvokable]
    public async Task OnShortcutAsync(string key)
    {
        switch (key)
        {
            case "Space" when Running:
                Stop();
                break;
            case "Space":
                Start();
                break;
            case "r":
                await RevealAsync();
                break;
            case "1" or "2" or "3" or "4":
                await RateAsync((PracticeRating)(key[0] - '0'));
                break;
            default:
                return;
        }

        StateHasChanged();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        StopTicker();
        await ReleaseShortcutsAsync();
        _self?.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        _categories = await Practice.CategoriesAsync();
        await LoadNextAsync(exclude: null);
        await LoadHistoryAsync();
        _loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _interactive = true;
        StateHasChanged();

        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Pages/Practice/PracticeSession.razor.js");
        _shortcuts = await _module.InvokeAsync<IJSObjectReference>("listen", _self);

        // Leaving the page while the module loaded must not leave a listener calling a component that is gone.
        if (_disposed)
        {
            await ReleaseShortcutsAsync();
        }
    }

    private async Task ReleaseShortcutsAsync()
    {
        var shortcuts = _shortcuts;
        var module = _module;
        _shortcuts = null;
        _module = null;
        try
        {
            if (shortcuts is not null)
            {
                await shortcuts.InvokeVoidAsync("dispose");
                await shortcuts.DisposeAsync();
            }

            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and the listener with the page.
        }
    }

    private void Start()
    {
        if (!CanStart)
        {
            return;
        }

        _started = true;
        _runningSince = Clock.GetTimestamp();
        _ticker = new PeriodicTimer(TimeSpan.FromSeconds(1), Clock);
        _ = TickAsync(_ticker);
    }

    private void Stop()
    {
        if (_runningSince is { } since)
        {
            _elapsedBeforeRun += Clock.GetElapsedTime(since);
            _runningSince = null;
        }

        StopTicker();
    }

    private void StopTicker()
    {
        // Disposing ends TickAsync's loop: WaitForNextTickAsync then answers false.
        _ticker?.Dispose();
        _ticker = null;
    }

    private async Task TickAsync(PeriodicTimer ticker)
    {
        try
        {
            while (await ticker.WaitForNextTickAsync())
            {
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (ObjectDisposedException)
        {
            // The page was closed between two ticks.
        }
    }

    private async Task RevealAsync()
    {
        if (!CanReveal)
        {
            return;
        }

        _cueCard = await Practice.CueCardAsync(_question!.QuestionId);
        _revealed = true;
    }

    private async Task RateAsync(PracticeRating rating)
    {
        if (!CanRate)
        {
            return;
        }

        _busy = true;
        try
        {
            Stop();
            var question = _question!;
            var duration = Elapsed;
            await Practice.RecordAttemptAsync(question.QuestionId, question.StoryId, duration, rating);
            _status = $"Saved: {rating} in {PracticeTime.Clock(duration)} for “{question.Text}”.";
            await LoadNextAsync(exclude: question.QuestionId);
            await LoadHistoryAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task SelectAllAsync()
    {
        _selected.Clear();
        await LoadNextAsync(exclude: null);
    }

    private async Task ToggleCategoryAsync(string slug, ChangeEventArgs change)
    {
        if (change.Value is true)
        {
            _selected.Add(slug);
        }
        else
        {
            _selected.Remove(slug);
        }

        await LoadNextAsync(exclude: null);
    }

    private async Task SetOrderAsync(PracticeOrder order)
    {
        _order = order;
        await LoadNextAsync(exclude: null);
    }

    private async Task LoadNextAsync(int? exclude)
    {
        StopTicker();
        _runningSince = null;
        _elapsedBeforeRun = TimeSpan.Zero;
        _started = false;
        _revealed = false;
        _cueCard = null;
        _question = await Practice.NextQuestionAsync(Filter, exclude);
    }

    private async Task LoadHistoryAsync()
    {
        _history = await Practice.QuestionHistoryAsync();

        // The question just rated moves to the top of the first page: stay on a page that still exists.
        _historyPage = Math.Min(_historyPage, Paging.PageCount(_history.Count, HistoryPageSize));
        _days = await Practice.DailyHistoryAsync();
    }

    private static string ReasonText(PracticeQuestion question) => question.Reason switch
    {
        PracticeReason.New => "new question",
        PracticeReason.Due => $"due for review · practised {Times(question.Attempts)}",
        PracticeReason.Weak => $"last rated {question.LastRating} · practised {Times(question.Attempts)}",
        _ => $"ahead of schedule · practised {Times(question.Attempts)}",
    };

    private static string Times(int count) => count == 1 ? "once" : $"{count} times";

    /// <summary>The editor reads these parameters and starts a story on this question, in its category.</summary>
    private static string NewStoryLink(PracticeQuestion question) =>
        $"stories/new?question={Uri.EscapeDataString(question.Text)}"
        + (question.CategorySlug is { } slug ? $"&category={Uri.EscapeDataString(slug)}" : "");
}
