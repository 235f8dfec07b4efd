using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using StoryBank.Core.Fill;
using StoryBank.Core.Stories;

namespace StoryBank.Web.Components.Pages.Fill;

/// <summary>
/// Walks through the ranked gaps one at a time. The list is taken once when the page opens (or a filter changes), so the
/// position and the "filled this session" count stay put while the person works; each step re-reads its story, and
/// every save goes through <see cref="FillService"/> to <see cref="StoryService"/>'s validator and version check.
/// </summary>
public sealed partial class Fill
{
    private IReadOnlyList<CategorySummary> _categories = [];
    private IReadOnlyList<FillGap>? _gaps;
    private FillStep? _step;
    private int _index;
    private int _filled;
    private string _text = "";
    private IReadOnlyList<string> _errors = [];
    private ElementReference _box;
    private bool _focusPending;
    private bool _saving;

    // Controls stay disabled in the prerendered page until the circuit is up, so no typing is lost.
    private bool _interactive;

    /// <summary>A category's slug (or <c>none</c>) from <c>?category=</c>.</summary>
    [SupplyParameterFromQuery]
    public string? Category { get; set; }

    /// <summary>A <see cref="FillKind"/> slug from <c>?kind=</c>.</summary>
    [SupplyParameterFromQuery]
    public string? Kind { get; set; }

    /// <summary>The finding to start at (<see cref="Core.Coaching.Finding.Id"/>), from a gap's "Fill" link.</summary>
    [SupplyParameterFromQuery]
    public string? Gap { get; set; }

    private int Position => _gaps is null || _gaps.Count == 0 ? 0 : Math.Min(_index + 1, _gaps.Count);

    private int Percent => _gaps is null || _gaps.Count == 0 ? 0 : (int)Math.Round(100.0 * Math.Min(_index, _gaps.Count) / _gaps.Count);

    protected override async Task OnInitializedAsync()
    {
        _categories = await Categories.ListAsync();
    }

    protected override async Task OnParametersSetAsync()
    {
        _gaps = await Filling.GapsAsync(string.IsNullOrEmpty(Category) ? null : Category, FillGaps.Parse(Kind));
        _filled = 0;
        var start = Gap is null ? -1 : _gaps.ToList().FindIndex(g => g.Finding.Id == Gap);
        await ShowAsync(Math.Max(0, start));
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            _focusPending = true;
            StateHasChanged();
            return;
        }

        if (_focusPending && _step is not null && !_saving)
        {
            _focusPending = false;
            await _box.FocusAsync();
        }
    }

    /// <summary>Opens the gap at <paramref name="index"/>, passing over gaps whose story was deleted meanwhile.</summary>
    private async Task ShowAsync(int index)
    {
        _errors = [];
        _step = null;
        _index = index;
        while (_gaps is not null && _index < _gaps.Count)
        {
            _step = await Filling.OpenAsync(_gaps[_index]);
            if (_step is not null)
            {
                break;
            }

            _index++;
        }

        _text = _step?.Text ?? "";
        _focusPending = true;
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs key)
    {
        if (key.Key == "Enter" && (key.CtrlKey || key.MetaKey))
        {
            await SaveAndNextAsync();
        }
    }

    private async Task SaveAndNextAsync()
    {
        if (_step is null || _saving)
        {
            return;
        }

        if (!SectionText.IsFilled(_text))
        {
            _errors = ["Write something first, or press Skip."];
            return;
        }

        _saving = true;
        try
        {
            await Filling.SaveAsync(_step, _text);
            _filled++;
            await ShowAsync(_index + 1);
        }
        catch (ValidationException invalid)
        {
            _errors = invalid.Errors.Select(e => e.ErrorMessage).Distinct().ToList();
        }
        catch (StoryConcurrencyException)
        {
            // Keep what was typed: re-read the story so a second Save & next writes over the new version knowingly.
            var typed = _text;
            var reopened = await Filling.OpenAsync(_step.Gap);
            _errors = reopened is null
                ? ["This story was deleted elsewhere; press Skip to go on."]
                : reopened.Text == _step.Text
                    ? ["This story was saved elsewhere meanwhile; the rest of it is shown as it is now. Press Save & next again to add your text."]
                    : [$"{reopened.FieldLabel} was changed elsewhere meanwhile and now reads: “{reopened.Text}”. Your text is still in the box: Save & next puts it in place of that, Skip keeps theirs."];
            _step = reopened ?? _step;
            _text = typed;
        }
        catch (StoryNotFoundException)
        {
            _errors = ["This story was deleted elsewhere; press Skip to go on."];
        }
        finally
        {
            _saving = false;
        }
    }

    private Task SkipAsync() => ShowAsync(_index + 1);

    private Task BackAsync() => ShowAsync(Math.Max(0, _index - 1));

    private void Go(string name, string? value) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [name] = string.IsNullOrEmpty(value) ? null : value,
            ["gap"] = null,
        }));
}
