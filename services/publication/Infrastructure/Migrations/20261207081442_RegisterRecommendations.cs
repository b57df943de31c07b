using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Publication.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RegisterRecommendations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Entries published before the register kept its own recommendations show the accepted report's.
            migrationBuilder.Sql("""
                UPDATE publications SET register = jsonb_set(register, '{Recommendations}', to_jsonb(recommendations))
                WHERE register IS NOT NULL AND NOT register ? 'Recommendations';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
