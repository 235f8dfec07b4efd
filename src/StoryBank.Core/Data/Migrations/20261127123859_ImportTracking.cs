using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBank.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportTracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ImportHash",
                table: "Stories",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportKey",
                table: "Stories",
                type: "TEXT",
                maxLength: 1500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportedVersion",
                table: "Stories",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stories_ImportKey",
                table: "Stories",
                column: "ImportKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Stories_ImportKey",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "ImportHash",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "ImportKey",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "ImportedVersion",
                table: "Stories");
        }
    }
}
