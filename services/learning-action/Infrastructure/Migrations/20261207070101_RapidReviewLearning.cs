using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.LearningAction.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RapidReviewLearning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rapid_review_learning",
                columns: table => new
                {
                    rapid_review_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partnership = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    outcome = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapid_review_learning", x => x.rapid_review_id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rapid_review_learning_partnership_decided_on",
                table: "rapid_review_learning",
                columns: new[] { "partnership", "decided_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rapid_review_learning");
        }
    }
}
