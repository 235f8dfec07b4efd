using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBank.Core.Data.Migrations
{
    /// <summary>
    /// Lets a bulk write pause the search triggers and index each story it touched once at the end. Without it an
    /// imported story is indexed on insert, then deleted from the index and indexed again when its question link is
    /// inserted: three times the full-text work. A row in <c>SearchIndexPause</c> pauses the triggers; the importer adds
    /// it and removes it inside its own transaction, so no other connection ever sees the triggers paused.
    /// </summary>
    public partial class SearchIndexPause : Migration
    {
        private const string Questions =
            "(SELECT group_concat(q.Text, ' ') FROM StoryQuestions sq JOIN Questions q ON q.Id = sq.QuestionsId WHERE sq.StoriesId = {0})";

        private const string Body =
            "{0}.Situation || ' ' || {0}.Role || ' ' || {0}.Action || ' ' || {0}.Outcome || ' ' || {0}.Reflection || ' ' || {0}.Notes || ' ' || "
            + "coalesce((SELECT group_concat(value, ' ') FROM json_each({0}.Metrics)), '') || ' ' || "
            + "coalesce((SELECT group_concat(json_extract(value, '$.Question') || ' ' || json_extract(value, '$.Answer'), ' ') FROM json_each({0}.FollowUps)), '')";

        private const string NotPaused = "WHEN NOT EXISTS (SELECT 1 FROM SearchIndexPause)";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE SearchIndexPause (Id INTEGER NOT NULL PRIMARY KEY CHECK (Id = 1));");
            DropTriggers(migrationBuilder);
            CreateTriggers(migrationBuilder, NotPaused);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            DropTriggers(migrationBuilder);
            CreateTriggers(migrationBuilder, "");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchIndexPause;");
        }

        private static void DropTriggers(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Questions_Search_Update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS StoryQuestions_Search_Delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS StoryQuestions_Search_Insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Stories_Search_Delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Stories_Search_Update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Stories_Search_Insert;");
        }

        /// <summary>The triggers of the StorySearch migration, with <paramref name="when"/> as their condition.</summary>
        private static void CreateTriggers(MigrationBuilder migrationBuilder, string when)
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER Stories_Search_Insert AFTER INSERT ON Stories {when} BEGIN
                    INSERT INTO StorySearch(rowid, title, questions, body) VALUES (new.Id, new.Title, {string.Format(Questions, "new.Id")}, {string.Format(Body, "new")});
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER Stories_Search_Update AFTER UPDATE ON Stories {when} BEGIN
                    DELETE FROM StorySearch WHERE rowid = old.Id;
                    INSERT INTO StorySearch(rowid, title, questions, body) VALUES (new.Id, new.Title, {string.Format(Questions, "new.Id")}, {string.Format(Body, "new")});
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER Stories_Search_Delete AFTER DELETE ON Stories {when} BEGIN
                    DELETE FROM StorySearch WHERE rowid = old.Id;
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER StoryQuestions_Search_Insert AFTER INSERT ON StoryQuestions {when} BEGIN
                    UPDATE StorySearch SET questions = {string.Format(Questions, "new.StoriesId")} WHERE rowid = new.StoriesId;
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER StoryQuestions_Search_Delete AFTER DELETE ON StoryQuestions {when} BEGIN
                    UPDATE StorySearch SET questions = {string.Format(Questions, "old.StoriesId")} WHERE rowid = old.StoriesId;
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER Questions_Search_Update AFTER UPDATE OF Text ON Questions {when} BEGIN
                    UPDATE StorySearch SET questions = {string.Format(Questions, "StorySearch.rowid")}
                    WHERE rowid IN (SELECT StoriesId FROM StoryQuestions WHERE QuestionsId = new.Id);
                END;
                """);
        }
    }
}
