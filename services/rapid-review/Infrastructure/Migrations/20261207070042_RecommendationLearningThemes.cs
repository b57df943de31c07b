using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.RapidReview.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RecommendationLearningThemes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Recommendations made before the themes were kept carry none.
            migrationBuilder.Sql("""
                UPDATE rapid_reviews SET recommendation = jsonb_set(recommendation, '{LearningThemes}', '[]'::jsonb)
                WHERE recommendation IS NOT NULL AND NOT recommendation ? 'LearningThemes';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
