using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Publication.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class NotificationIdentifiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "notification_id",
                table: "publications",
                type: "uuid",
                nullable: true);

            // Identifiers named before their source was kept were all the business manager's.
            migrationBuilder.Sql("""
                UPDATE publications SET identifiers = (
                    SELECT jsonb_agg(CASE WHEN e ? 'Source' THEN e ELSE e || '{"Source": "business-manager"}'::jsonb END) FROM jsonb_array_elements(identifiers) e)
                WHERE identifiers IS NOT NULL AND jsonb_array_length(identifiers) > 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "notification_id",
                table: "publications");
        }
    }
}
