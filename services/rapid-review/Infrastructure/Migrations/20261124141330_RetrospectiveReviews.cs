using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.RapidReview.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RetrospectiveReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "referral_id",
                table: "rapid_reviews",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "retrospective",
                table: "rapid_reviews",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_rapid_reviews_referral_id",
                table: "rapid_reviews",
                column: "referral_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_rapid_reviews_referral_id",
                table: "rapid_reviews");

            migrationBuilder.DropColumn(
                name: "referral_id",
                table: "rapid_reviews");

            migrationBuilder.DropColumn(
                name: "retrospective",
                table: "rapid_reviews");
        }
    }
}
