using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace StoryBank.Web.Components.Shared;

/// <summary>
/// Puts a FluentValidation validator's messages on an <see cref="EditForm"/>, so the form shows the same rules, in the
/// same words, as every other write. Item messages ("Metrics[2]") land on their list ("Metrics").
/// </summary>
public sealed class FluentValidator<TModel> : ComponentBase, IDisposable
    where TModel : class
{
    private EditContext? _subscribed;
    private ValidationMessageStore? _messages;

    [CascadingParameter]
    public EditContext? EditContext { get; set; }

    [Inject]
    private IValidator<TModel> Validator { get; set; } = null!;

    /// <summary>Validates now (also done on every change and on submit).</summary>
    public bool Validate()
    {
        if (EditContext is null || _messages is null)
        {
            return true;
        }

        _messages.Clear();
        var result = Validator.Validate((TModel)EditContext.Model);
        foreach (var error in result.Errors)
        {
            _messages.Add(EditContext.Field(FieldName(error.PropertyName)), error.ErrorMessage);
        }

        EditContext.NotifyValidationStateChanged();
        return result.IsValid;
    }

    public void Dispose() => Unsubscribe();

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(EditContext, _subscribed))
        {
            return;
        }

        Unsubscribe();
        if (EditContext is null)
        {
            throw new InvalidOperationException($"{nameof(FluentValidator<TModel>)} must be placed inside an EditForm.");
        }

        _subscribed = EditContext;
        _messages = new ValidationMessageStore(EditContext);
        EditContext.OnValidationRequested += OnValidationRequested;
        EditContext.OnFieldChanged += OnFieldChanged;
    }

    private static string FieldName(string propertyName)
    {
        var bracket = propertyName.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? propertyName : propertyName[..bracket];
    }

    private void OnValidationRequested(object? sender, ValidationRequestedEventArgs e) => Validate();

    private void OnFieldChanged(object? sender, FieldChangedEventArgs e) => Validate();

    private void Unsubscribe()
    {
        if (_subscribed is not null)
        {
            _subscribed.OnValidationRequested -= OnValidationRequested;
            _subscribed.OnFieldChanged -= OnFieldChanged;
            _subscribed = null;
        }
    }
}
