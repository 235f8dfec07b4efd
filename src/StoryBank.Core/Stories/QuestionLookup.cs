using StoryBank.Core.Data;

namespace StoryBank.Core.Stories;

/// <summary>
/// Finds questions by text, ignoring case, and adds the ones the bank does not know yet. One lookup serves a whole
/// import, so resolving a story's questions costs a dictionary hit instead of a scan of everything tracked.
/// </summary>
internal sealed class QuestionLookup(IEnumerable<Question> known)
{
    private readonly Dictionary<string, Question> _byText = known
        .GroupBy(q => q.Text, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.OrderBy(q => q.Id).First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The questions for these texts (trimmed, blanks and repeats dropped), new ones added to the context.</summary>
    public List<Question> Resolve(StoryBankDbContext db, IEnumerable<string> texts, int? categoryId)
    {
        var result = new List<Question>();
        foreach (var text in texts.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!_byText.TryGetValue(text, out var question))
            {
                question = new Question { Text = text, CategoryId = categoryId };
                db.Questions.Add(question);
                _byText.Add(text, question);
            }

            result.Add(question);
        }

        return result;
    }
}
