using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace StoryBank.EndToEnd.Tests.Layout;

/// <summary>Runs axe-core on the page as it is now and fails with every violation spelled out.</summary>
internal static class Axe
{
    public static async Task AssertNoViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe();
        var violations = result.Violations ?? [];
        Assert.True(violations.Length == 0, $"axe found {violations.Length} violation(s) on {where}:\n{Describe(violations)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.Append("- ").Append(violation.Id).Append(" (").Append(violation.Impact).Append("): ").AppendLine(violation.Help);
            foreach (var node in violation.Nodes ?? [])
            {
                text.Append("    ").Append(node.Target).Append("  ").AppendLine(node.Html);
                foreach (var check in (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []))
                {
                    text.Append("      ").AppendLine(check.Message);
                }
            }
        }

        return text.ToString();
    }
}
