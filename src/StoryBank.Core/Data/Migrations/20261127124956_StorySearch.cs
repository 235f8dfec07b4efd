using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBank.Core.Data.Migrations
{
    /// <summary>
    /// Full-text search over every text of a story: an FTS5 table keyed by the story's id, filled for existing stories
    /// and kept in step by triggers on stories, their question links and question texts.
    /// </summary>
    public partial class StorySearch : Migration
    {
        private const string Questions =
            "(SELECT group_concat(q.Text, ' ') FROM StoryQuestions sq JOIN Questions q ON q.Id = sq.QuestionsId WHERE sq.StoriesId = {0})";

        private const string Body =
            "{0}.Situation || ' ' || {0}.Role || ' ' || {0}.Action || ' ' || {0}.Outcome || ' ' || {0}.Reflection || ' ' || {0}.Notes || ' ' || "
            + "coalesce((SELECT group_concat(value, ' ') FROM json_each({0}.Metrics)), '') || ' ' || "
            + "coalesce((SELECT group_concat(json_extract(value, '$.Question') || ' ' || json_extract(value, '$.Answer'), ' ') FROM json_each({0}.FollowUps)), '')";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE StorySearch USING fts5(title, questions, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');");

            migrationBuilder.Sql(
                $"INSERT INTO StorySearch(rowid, title, questions, body) SELECT s.Id, s.Title, {string.Format(Questions, "s.Id")}, {string.Format(Body, "s")} FROM Stories s;");

            migrationBuilder.Sql($"""
                CREATE TRIGGER Stories_Search_Insert AFTER INSERT ON Stories BEGIN
                    INSERT INTO StorySearch(rowid, title, questions, body) VALUES (new.Id, new.Title, {string.Format(Questions, "new.Id")}, {string.Format(Body, "new")});
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER Stories_Search_Update AFTER UPDATE ON Stories BEGIN
                    DELETE FROM StorySearch WHERE rowid = old.Id;
                    INSERT INTO StorySearch(rowid, title, questions, body) VALUES (new.Id, new.Title, {string.Format(Questions, "new.Id")}, {string.Format(Body, "new")});
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Stories_Search_Delete AFTER DELETE ON Stories BEGIN
                    DELETE FROM StorySearch WHERE rowid = old.Id;
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER StoryQuestions_Search_Insert AFTER INSERT ON StoryQuestions BEGIN
                    UPDATE StorySearch SET questions = {string.Format(Questions, "new.StoriesId")} WHERE rowid = new.StoriesId;
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER StoryQuestions_Search_Delete AFTER DELETE ON StoryQuestions BEGIN
                    UPDATE StorySearch SET questions = {string.Format(Questions, "old.StoriesId")} WHERE rowid = old.StoriesId;
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER Questions_Search_Update AFTER UPDATE OF Text ON Questions BEGIN
                    UPDATE StorySearch SET questions = {string.Format(Questions, "StorySearch.rowid")}
                    WHERE rowid IN (SELECT StoriesId FROM StoryQuestions WHERE QuestionsId = new.Id);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Questions_Search_Update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS StoryQuestions_Search_Delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS StoryQuestions_Search_Insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Stories_Search_Delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Stories_Search_Update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Stories_Search_Insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS StorySearch;");
        }
    }
}
