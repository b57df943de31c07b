using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.RapidReview.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CaseReviewNotification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "notification_id",
                table: "case_reviews",
                type: "uuid",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE case_reviews c SET notification_id = r.notification_id FROM rapid_reviews r WHERE r.id = c.rapid_review_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "notification_id",
                table: "case_reviews");
        }
    }
}
