using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Safeguarding.RapidReview.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RapidReviewSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_rapid_review_milestones_rapid_reviews_RapidReviewId",
                table: "rapid_review_milestones");

            migrationBuilder.DropPrimaryKey(
                name: "PK_rapid_review_milestones",
                table: "rapid_review_milestones");

            migrationBuilder.RenameColumn(
                name: "Day",
                table: "rapid_review_milestones",
                newName: "day");

            migrationBuilder.RenameColumn(
                name: "RapidReviewId",
                table: "rapid_review_milestones",
                newName: "rapid_review_id");

            migrationBuilder.AddColumn<string>(
                name: "contributions",
                table: "rapid_reviews",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decision",
                table: "rapid_reviews",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "meeting",
                table: "rapid_reviews",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "panel_response",
                table: "rapid_reviews",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recommendation",
                table: "rapid_reviews",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "submission",
                table: "rapid_reviews",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "rapid_reviews",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AlterColumn<int>(
                name: "day",
                table: "rapid_review_milestones",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddPrimaryKey(
                name: "PK_rapid_review_milestones",
                table: "rapid_review_milestones",
                columns: new[] { "rapid_review_id", "code" });

            migrationBuilder.AddForeignKey(
                name: "FK_rapid_review_milestones_rapid_reviews_rapid_review_id",
                table: "rapid_review_milestones",
                column: "rapid_review_id",
                principalTable: "rapid_reviews",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_rapid_review_milestones_rapid_reviews_rapid_review_id",
                table: "rapid_review_milestones");

            migrationBuilder.DropPrimaryKey(
                name: "PK_rapid_review_milestones",
                table: "rapid_review_milestones");

            migrationBuilder.DropColumn(
                name: "contributions",
                table: "rapid_reviews");

            migrationBuilder.DropColumn(
                name: "decision",
                table: "rapid_reviews");

            migrationBuilder.DropColumn(
                name: "meeting",
                table: "rapid_reviews");

            migrationBuilder.DropColumn(
                name: "panel_response",
                table: "rapid_reviews");

            migrationBuilder.DropColumn(
                name: "recommendation",
                table: "rapid_reviews");

            migrationBuilder.DropColumn(
                name: "submission",
                table: "rapid_reviews");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "rapid_reviews");

            migrationBuilder.RenameColumn(
                name: "day",
                table: "rapid_review_milestones",
                newName: "Day");

            migrationBuilder.RenameColumn(
                name: "rapid_review_id",
                table: "rapid_review_milestones",
                newName: "RapidReviewId");

            migrationBuilder.AlterColumn<int>(
                name: "Day",
                table: "rapid_review_milestones",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddPrimaryKey(
                name: "PK_rapid_review_milestones",
                table: "rapid_review_milestones",
                columns: new[] { "RapidReviewId", "Day" });

            migrationBuilder.AddForeignKey(
                name: "FK_rapid_review_milestones_rapid_reviews_RapidReviewId",
                table: "rapid_review_milestones",
                column: "RapidReviewId",
                principalTable: "rapid_reviews",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
