using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.RapidReview.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MeetingPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "meeting_plan",
                table: "rapid_reviews",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "meeting_paper_contents",
                columns: table => new
                {
                    paper_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rapid_review_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_paper_contents", x => x.paper_id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_meeting_paper_contents_rapid_review_id",
                table: "meeting_paper_contents",
                column: "rapid_review_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meeting_paper_contents");

            migrationBuilder.DropColumn(
                name: "meeting_plan",
                table: "rapid_reviews");
        }
    }
}
