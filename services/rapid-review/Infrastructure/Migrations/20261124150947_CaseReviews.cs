using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.RapidReview.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CaseReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    rapid_review_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partnership = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    local_authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    target_completion_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    methodology = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    terms_of_reference_agreed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    panel_meetings = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    draft_report_received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    costs = table.Column<string>(type: "jsonb", nullable: true),
                    family_involvement = table.Column<string>(type: "jsonb", nullable: true),
                    parallel_proceedings = table.Column<string>(type: "jsonb", nullable: true),
                    practitioner_learning_event = table.Column<string>(type: "jsonb", nullable: true),
                    report = table.Column<string>(type: "jsonb", nullable: true),
                    reviewer = table.Column<string>(type: "jsonb", nullable: true),
                    slippages = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_reviews", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_reviews_partnership_decided_on",
                table: "case_reviews",
                columns: new[] { "partnership", "decided_on" });

            migrationBuilder.CreateIndex(
                name: "IX_case_reviews_rapid_review_id",
                table: "case_reviews",
                column: "rapid_review_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_reviews");
        }
    }
}
