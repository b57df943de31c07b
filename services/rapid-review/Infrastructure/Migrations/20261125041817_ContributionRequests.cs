using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.RapidReview.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ContributionRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contribution_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    agency_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    due_day = table.Column<int>(type: "integer", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reminded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    escalated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    contribution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    rapid_review_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contribution_requests", x => x.id);
                    table.ForeignKey(
                        name: "FK_contribution_requests_rapid_reviews_rapid_review_id",
                        column: x => x.rapid_review_id,
                        principalTable: "rapid_reviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_contribution_requests_agency",
                table: "contribution_requests",
                column: "agency");

            migrationBuilder.CreateIndex(
                name: "IX_contribution_requests_rapid_review_id",
                table: "contribution_requests",
                column: "rapid_review_id");

            migrationBuilder.CreateIndex(
                name: "IX_contribution_requests_received_at_due_on",
                table: "contribution_requests",
                columns: new[] { "received_at", "due_on" });

            // Key practice episodes became dated entries of the chronology: an episode recorded as
            // text alone keeps its text, with no date.
            migrationBuilder.Sql("""
                UPDATE rapid_reviews SET contributions = (
                    SELECT jsonb_agg(CASE WHEN jsonb_typeof(c -> 'KeyPracticeEpisodes') = 'array'
                        THEN jsonb_set(c, '{KeyPracticeEpisodes}', COALESCE((
                            SELECT jsonb_agg(CASE WHEN jsonb_typeof(e) = 'string' THEN jsonb_build_object('On', NULL, 'Episode', e) ELSE e END)
                            FROM jsonb_array_elements(c -> 'KeyPracticeEpisodes') AS e), '[]'::jsonb))
                        ELSE c END)
                    FROM jsonb_array_elements(contributions) AS c)
                WHERE jsonb_typeof(contributions) = 'array';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contribution_requests");

            migrationBuilder.Sql("""
                UPDATE rapid_reviews SET contributions = (
                    SELECT jsonb_agg(CASE WHEN jsonb_typeof(c -> 'KeyPracticeEpisodes') = 'array'
                        THEN jsonb_set(c, '{KeyPracticeEpisodes}', COALESCE((
                            SELECT jsonb_agg(CASE WHEN jsonb_typeof(e) = 'object' THEN e -> 'Episode' ELSE e END)
                            FROM jsonb_array_elements(c -> 'KeyPracticeEpisodes') AS e), '[]'::jsonb))
                        ELSE c END)
                    FROM jsonb_array_elements(contributions) AS c)
                WHERE jsonb_typeof(contributions) = 'array';
                """);
        }
    }
}
