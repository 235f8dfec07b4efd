using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import;

public sealed class MetricExtractorTests
{
    [Theory]
    [InlineData("alerts went from 40,000 to 300 alerts a week", "from 40,000 to 300 alerts a week")]
    [InlineData("builds took 30 minutes to 4 minutes after the cache", "30 minutes to 4 minutes")]
    [InlineData("the report took ~2 hours → under a minute", "~2 hours → under a minute")]
    [InlineData("we saved 6 hours a week on triage", "6 hours a week")]
    [InlineData("3 of 8 regions went live", "3 of 8 regions")]
    [InlineData("it needed one of two people to approve", "one of two people")]
    [InlineData("it lost 25% of our tickets to spam", "25% of our tickets")]
    [InlineData("we met twice a week", "twice a week")]
    [InlineData("it ran twice as fast as before", "twice as fast")]
    [InlineData("we shipped three days earlier", "three days earlier")]
    [InlineData("after the move, cost went down 60% for good", "cost went down 60%")]
    [InlineData("R: export clicks dropped by 40% in a month", "export clicks dropped by 40%")]
    [InlineData("Cut costs by 40% in a quarter.", "Cut costs by 40%")]
    [InlineData("about 1 in 500 requests timed out", "1 in 500 requests")]
    [InlineData("a team of 9 split between Berlin and Austin", "team of 9")]
    [InlineData("there were 5 live ones", "5 live ones")]
    [InlineData("about 1,200 merchants saw the wrong date", "1,200 merchants")]
    [InlineData("de 6 incidentes por sprint a ninguno", "de 6 incidentes por sprint a ninguno")]
    [InlineData("20 minutes of degraded checkout for everyone", "20 minutes of degraded checkout")]
    [InlineData("Downtime went from a day a week to under an hour.", "from a day a week to under an hour")]
    [InlineData("REST was simpler for 2 of them", "2 of them")]
    [InlineData("tickets went from about 40 a month to zero", "from about 40 a month to zero")]
    [InlineData("the review was 3 weeks out", "3 weeks")]
    [InlineData("down to 1 or 2 tickets a sprint", "1 or 2 tickets a sprint")]
    [InlineData("reviews sat for three or four days", "three or four days")]
    [InlineData("within two months his rollover rate was down", "two months")]
    [InlineData("The median wait went from\n3 days to 5 hours.", "from 3 days to 5 hours")]
    [InlineData("we had 45 minutes of slow card lookups", "45 minutes of slow card lookups")]
    [InlineData("revenue ended up 12% over the forecast", "12% over the forecast")]
    [InlineData("a 15-minute sync every Tuesday", "15-minute sync")]
    [InlineData("she dropped 2 of the 3 changes herself", "2 of the 3 changes")]
    [InlineData("On a migré 8 écrans sur 10 dans le trimestre", "8 écrans sur 10")]
    [InlineData("le temps est passé de 8 secondes à moins d'une seconde, mais", "de 8 secondes à moins d'une seconde")]
    [InlineData("Время сократилось с 2 часов до 20 минут.", "с 2 часов до 20 минут")]
    [InlineData("около 300 пользователей видели ошибку", "300 пользователей")]
    [InlineData("P99 延迟从 1.2 秒降到 200 毫秒。", "从 1.2 秒降到 200 毫秒")]
    [InlineData("测试环境每周宕机从 4 次降到 0 次。", "每周宕机从 4 次降到 0 次")]
    [InlineData("我把剩下的 12 个缺陷按影响排序", "12 个缺陷")]
    [InlineData("Drei Wochen vor dem Release fiel er aus", "Drei Wochen")]
    [InlineData("ich habe das Wiki für 40 neue Kolleg:innen geschrieben", "40 neue Kolleg:innen")]
    [InlineData("support can handle 3x the usual tickets for a week", "3x the usual tickets")]
    [InlineData("invoices were wrong 3 months in a row", "3 months in a row")]
    [InlineData("all three goals met by the end of the half", "three goals")]
    [InlineData("latence de recherche divisée par deux", "latence de recherche divisée par deux")]
    public void A_change_a_rate_a_ratio_and_a_number_in_words_are_one_metric_each(string sentence, string metric)
    {
        Assert.Equal([metric], MetricExtractor.Extract([sentence]));
    }

    [Fact]
    public void Short_lines_are_items_of_their_own_and_are_not_joined_into_one_metric()
    {
        Assert.Equal(["6 months", "two of the juniors"], MetricExtractor.Extract(["ran a weekly paper club for 6 months\ntwo of the juniors I mentored got promoted"]));
    }

    [Fact]
    public void No_metric_is_kept_inside_another_of_the_same_story_and_years_and_list_numbers_are_not_metrics()
    {
        var metrics = MetricExtractor.Extract(["In 2021 we saved 6 hours a week.", "Phase 2: it saved 6 hours."]);

        Assert.Equal(["6 hours a week"], metrics);
    }

    [Fact]
    public void A_number_in_words_of_a_pronoun_counts_nothing()
    {
        Assert.Empty(MetricExtractor.Extract(["two of them were talking about leaving"]));
    }

    [Fact]
    public void A_number_followed_by_a_past_tense_verb_counts_nothing()
    {
        Assert.Empty(MetricExtractor.Extract(["all 3 ran payroll on time"]));
    }

    [Theory]
    [InlineData("Im nächsten 360-Grad-Feedback war das kein Thema mehr.")]
    [InlineData("set up a war room for the 5% step")]
    [InlineData("zero-result searches were common")]
    public void A_name_a_numbered_step_and_a_zero_compound_count_nothing(string sentence)
    {
        Assert.Empty(MetricExtractor.Extract([sentence]));
    }

    [Theory]
    [InlineData("2 weeks ahead of the Python 2 end-of-life date", "2 weeks ahead")]
    [InlineData("moved the 12 integrations one by one, biggest first", "12 integrations")]
    [InlineData("All 14 moved in 24 days", "24 days")]
    public void A_version_after_a_name_a_second_number_and_a_verb_after_a_number_are_not_part_of_a_metric(string sentence, string metric)
    {
        Assert.Equal([metric], MetricExtractor.Extract([sentence]));
    }

    [Fact]
    public void A_capital_noun_before_a_number_is_a_name_with_a_version_only_when_the_counted_word_is_not_capital_too()
    {
        Assert.Equal(["3 Tage"], MetricExtractor.Extract(["nach der Migration 3 Tage, nicht mehr"]));
        Assert.Equal(["40 laptops"], MetricExtractor.Extract(["we moved the Windows 10 fleet, 40 laptops"]));
    }

    [Theory]
    [InlineData("estimates were within 20% of actuals most of the time", "20% of actuals")]
    [InlineData("result: one service to page on instead of three", "one service to page on instead of three")]
    [InlineData("average review time went from 2 days to a few hours", "from 2 days to a few hours")]
    public void A_phrase_ends_before_most_an_amount_instead_of_another_is_one_metric_and_a_change_may_end_in_a_few_units(string text, string metric)
    {
        Assert.Equal([metric], MetricExtractor.Extract([text]));
    }

    [Fact]
    public void Chinese_numerals_with_their_measure_word_are_metrics_in_their_place_in_the_line()
    {
        Assert.Equal(["两个月", "三个小组", "每周两次", "故障率下降了 30%"], MetricExtractor.Extract(["公司要在两个月内拆分，我协调三个小组，每周两次同步会，故障率下降了 30%。"]));
    }

    [Fact]
    public void A_chinese_numeral_without_a_measure_word_or_after_an_ordinal_mark_counts_nothing()
    {
        Assert.Empty(MetricExtractor.Extract(["双十一那天我们是第三个上线的团队"]));
    }
}
