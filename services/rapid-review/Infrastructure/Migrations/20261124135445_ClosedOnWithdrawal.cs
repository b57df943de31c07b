using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.RapidReview.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ClosedOnWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_rapid_review_milestones_rapid_reviews_rapid_review_id",
                table: "rapid_review_milestones");

            migrationBuilder.RenameColumn(
                name: "day",
                table: "rapid_review_milestones",
                newName: "Day");

            migrationBuilder.RenameColumn(
                name: "rapid_review_id",
                table: "rapid_review_milestones",
                newName: "RapidReviewId");

            migrationBuilder.AddColumn<string>(
                name: "closed_because",
                table: "rapid_reviews",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "closed_on",
                table: "rapid_reviews",
                type: "date",
                nullable: true);

            migrationBuilder.AddForeignKey(
                name: "FK_rapid_review_milestones_rapid_reviews_RapidReviewId",
                table: "rapid_review_milestones",
                column: "RapidReviewId",
                principalTable: "rapid_reviews",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_rapid_review_milestones_rapid_reviews_RapidReviewId",
                table: "rapid_review_milestones");

            migrationBuilder.DropColumn(
                name: "closed_because",
                table: "rapid_reviews");

            migrationBuilder.DropColumn(
                name: "closed_on",
                table: "rapid_reviews");

            migrationBuilder.RenameColumn(
                name: "Day",
                table: "rapid_review_milestones",
                newName: "day");

            migrationBuilder.RenameColumn(
                name: "RapidReviewId",
                table: "rapid_review_milestones",
                newName: "rapid_review_id");

            migrationBuilder.AddForeignKey(
                name: "FK_rapid_review_milestones_rapid_reviews_rapid_review_id",
                table: "rapid_review_milestones",
                column: "rapid_review_id",
                principalTable: "rapid_reviews",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
