using Microsoft.EntityFrameworkCore.Migrations;
using Safeguarding.ServiceDefaults.Audit;

#nullable disable

namespace Safeguarding.RapidReview.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AuditTrailPrivileges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The service now runs as a role that is not the owner: it may add audit rows, never change them.
            migrationBuilder.RevokeAuditTrailChanges();
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to restore: rights to change the audit trail are never given back.
        }
    }
}
