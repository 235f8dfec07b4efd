using System.Text;

namespace StoryBank.Benchmarks.Inputs;

/// <summary>
/// Writes interview notes in the style of <c>seeds/interview-notes.md</c>, as much as a benchmark asks for: question
/// headings, narrative with cue phrases, probes with answers, STAR labels, metrics. Story <c>n</c> is always the same
/// text, so every run (and every benchmark process) parses exactly the same input.
/// </summary>
public static class NotesGenerator
{
    private static readonly string[] Prompts =
    [
        "Tell me about a conflict with a coworker",
        "Describe a time you failed",
        "Describe the project you're most proud of",
        "Tell me about a disagreement with your manager",
        "Tell me about a difficult problem you faced and how you solved it",
        "Describe a situation when you made a mistake, and what you learned from it",
        "Tell me about a project that was failing that you turned around",
        "Can you tell me about how you've grown people in your team?",
        "Tell me about a piece of feedback you gave to a manager or peer",
        "Describe a time you influenced another team without authority",
        "Tell me about a time you had to meet a tight deadline",
        "Tell me about a time you went above and beyond for a customer",
        "Describe a decision you made with incomplete data",
        "Tell me about a time you simplified a process",
        "Tell me about a project that was over your head",
        "What's a piece of critical feedback you've received?",
    ];

    private static readonly string[] Variants =
    [
        "coworker was difficult to work with",
        "a project that did not go as planned",
        "biggest impact you have had",
        "pushing back on a decision",
    ];

    private static readonly string[] Groups = ["Leadership", "Conflict", "Ownership", "Delivery", "Customer focus", "Growth"];

    private static readonly string[] Systems =
    [
        "ticket routing model", "kubernetes migration", "billing pipeline", "search indexer", "on-call rotation",
        "payments API", "data warehouse", "mobile release train", "SSO integration", "CI pipeline", "translation service",
        "service health dashboard",
    ];

    private static readonly string[] Teams = ["ops", "platform", "data science", "support", "security", "mobile", "finance", "search"];

    private static readonly string[] Actions =
    [
        "pulled six months of incident data and showed where the failures really came from",
        "set up a secondary meeting with the stakeholders of each team",
        "wrote a one-page doc with the user-facing impact instead of arguing about architecture",
        "upweighted the examples from new queues in proportion to how recently they appeared",
        "paired with the two engineers who knew the legacy code best",
        "split the rollout into three phases with a kill switch for each",
        "built a small multithreaded tool to backfill the missing data",
        "moved the batch jobs to spot instances and rightsized the node pools",
    ];

    private static readonly string[] Lessons =
    [
        "bring data, and bring an alternative, not just a no",
        "make the cost of saying yes tiny",
        "check the personas before the feature list",
        "retrain against recency before the metrics drift",
        "write the summary first and the doc second",
    ];

    /// <summary>Stories, with a group heading now and then, until the next story would pass <paramref name="maxBytes"/> (UTF-8).</summary>
    public static string Notes(int maxBytes)
    {
        var notes = new StringBuilder(maxBytes);
        var story = new StringBuilder();
        for (var n = 1; ; n++)
        {
            story.Clear();
            AppendStory(story, n);

            // Every character written is ASCII, so characters and UTF-8 bytes are the same count.
            if (notes.Length + story.Length > maxBytes)
            {
                return notes.ToString();
            }

            notes.Append(story);
        }
    }

    /// <summary>Exactly <paramref name="count"/> stories, each with its own question.</summary>
    public static string Stories(int count)
    {
        var notes = new StringBuilder(count * 1_800);
        for (var n = 1; n <= count; n++)
        {
            AppendStory(notes, n);
        }

        return notes.ToString();
    }

    private static void AppendStory(StringBuilder notes, int n)
    {
        // A group heading with no text of its own ("## Leadership" then "###" questions) groups the next stories.
        if (n % 40 == 1)
        {
            Line(notes, $"## {Groups[n / 40 % Groups.Length]}");
            notes.Append('\n');
        }

        // The number keeps every question unique, as a person's notes would be after 2,500 stories.
        var prompt = Prompts[n % Prompts.Length];
        var numbered = prompt.EndsWith('?') ? $"{prompt[..^1]} (#{n})?" : $"{prompt} (#{n})";
        var question = n % 7 == 0 ? $"{numbered} / {Variants[n % Variants.Length]}" : numbered;
        Line(notes, $"### {question}");

        // Shifted every 16 stories, so each prompt is answered in every style in turn.
        switch ((n + (n / Prompts.Length)) % 4)
        {
            case 0:
                Narrative(notes, n);
                break;
            case 1:
                StarLabelled(notes, n);
                break;
            case 2:
                Probes(notes, n);
                break;
            default:
                Highlights(notes, n);
                break;
        }

        notes.Append('\n');
    }

    /// <summary>The seed's "difficult problem" story: a paragraph whose cue words sort it into sections, then probes.</summary>
    private static void Narrative(StringBuilder notes, int n)
    {
        var system = Pick(Systems, n);
        Line(notes, $"**_`during the {Pick(Teams, n)} reorg we saw a {2 + (n % 9)}x surge`_** in ticket volume on the {system} and accuracy dropped to {50 + (n % 30)}%,");
        Line(notes, "my job was to figure out why and implement a fix");
        Line(notes, $"I discovered that the model had a cold start problem with the {10 + (n % 40)} queues added as teams reorganized,");
        Line(notes, $"so **_`I {Pick(Actions, n)}`_**, resulting in {10 + (n % 60)}% fewer tickets routed to the wrong team.");
        Line(notes, $"in other words - plus a {5 + (n % 25)} day cutoff for frequency confidence");
        notes.Append('\n');
        Line(notes, $"The outcome of all this was the {Pick(Teams, n + 1)} team adopted the approach and we agreed to review it every quarter.");
        Line(notes, $"Looking back, I learned to {Pick(Lessons, n)}.");
        notes.Append('\n');
        Line(notes, "* What exactly was YOUR role in that project?");
        Line(notes, $"roadmapping AND implementation of critical features on the {system}, including model design and production infra");
        Line(notes, "* How did you measure success?");
        Line(notes, $"misroutes went from {3 + (n % 12)}% to {1 + (n % 3)}% over {2 + (n % 10)} weeks, measured in f1 on a held-out month");
    }

    /// <summary>A story written with bold STAR labels, then probes as bullets with indented answers.</summary>
    private static void StarLabelled(StringBuilder notes, int n)
    {
        var system = Pick(Systems, n);
        notes.Append('\n');
        Line(notes, $"**Title:** The {system} rescue, round {n}");
        Line(notes, $"**Situation:** {120 + (n % 200)} plus team members, {2 + (n % 30)} apps onboarded with {100 + (n % 400)} more in the wings, and the {system} kept failing at peak.");
        Line(notes, $"**Task:** I owned the {system} for our group (~{10 + (n % 90)} services) and had to get it stable before the next launch.");
        Line(notes, $"**Action:** I {Pick(Actions, n)}. Then I {Pick(Actions, n + 3)}, so the {Pick(Teams, n)} team could review every step.");
        Line(notes, $"**Result:** incidents dropped from {4 + (n % 20)} a month to {n % 4}, and p95 latency went from {200 + (n % 800)} ms to {80 + (n % 100)} ms.");
        Line(notes, $"**Reflection:** {Pick(Lessons, n)}.");
        notes.Append('\n');
        Line(notes, $"- How did you get the {Pick(Teams, n + 2)} team to agree?");
        Line(notes, $"  showed each team its own bill every week; spend fell ${20 + (n % 80)}k/month");
        Line(notes, "- Would you do it the same way again?");
        Line(notes, "  yes, but I would involve security in the first week, not the third");
    }

    /// <summary>Probe bullets, some naming one STAR section ("What was the result?"), each followed by its answer.</summary>
    private static void Probes(StringBuilder notes, int n)
    {
        Line(notes, $"we were spending ${30 + (n % 90)}k/month on the {Pick(Systems, n)}, finance flagged it as our #{1 + (n % 5)} cost line");
        Line(notes, "* What was your role?");
        Line(notes, $"I was the engineer who owned the {Pick(Systems, n)}, so the savings plan was on me");
        Line(notes, "* What did you do?");
        Line(notes, $"  - {Pick(Actions, n)}");
        Line(notes, $"  - {Pick(Actions, n + 5)}");
        Line(notes, "* What was the result?");
        Line(notes, $"down to ${10 + (n % 20)}k/month in {1 + (n % 6)} months, no SLO misses, resulting in {15 + (n % 50)}% lower spend");
        Line(notes, "* What did you learn?");
        Line(notes, Pick(Lessons, n));
        Line(notes, "* Who else was involved?");
        Line(notes, "  * the PM and my manager");
        Line(notes, $"  * the {Pick(Teams, n + 4)} team, later on");
    }

    /// <summary>The seed's "strengths" story: an emphasised hook, a long paragraph with a case in point, loose bullets.</summary>
    private static void Highlights(StringBuilder notes, int n)
    {
        Line(notes, $"_**`I'm an all rounder`**_ - I have experience in software, architecture, data science, and product - this lets me move quickly on the {Pick(Systems, n)},");
        Line(notes, "resulting in fewer rounds of iteration to achieve value.  case in point,");
        Line(notes, $"we were looking for ways to improve the model's outcome (measured in f1), and I knew that {10 + (n % 40)}% of our tickets were not in english.");
        Line(notes, $"I decided to translate to english first, using the internal translation service the {Pick(Teams, n)} team preferred for cost reasons.");
        Line(notes, $"_**`I was able to build a multithreaded python application`**_ to translate the training set and retrain on my own - resulting in a **`{15 + (n % 40)}% boost in accuracy`** for non english tickets.");
        notes.Append('\n');
        Line(notes, $"* {Pick(Actions, n + 1)}");
        Line(notes, $"* not retraining against recency caused a hard to diagnose degradation of {1 + (n % 9)} points");
        Line(notes, "* How did this affect future projects at your company?");
        Line(notes, $"  every new queue now gets a {7 + (n % 21)} day warm-up before it counts in the metrics");
    }

    private static string Pick(string[] items, int n) => items[n % items.Length];

    private static void Line(StringBuilder notes, string line) => notes.Append(line).Append('\n');
}
