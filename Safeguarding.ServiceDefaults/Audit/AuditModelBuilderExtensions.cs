using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Safeguarding.ServiceDefaults.Audit;

public static class AuditModelBuilderExtensions
{
    /// <summary>Maps the audit trail into a service's own database.</summary>
    public static ModelBuilder AddAuditTrail(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("audit_entries");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Id).UseIdentityAlwaysColumn();
            audit.Property(a => a.Action).HasMaxLength(20);
            audit.Property(a => a.ResourceType).HasMaxLength(100);
            audit.Property(a => a.ResourceId).HasMaxLength(100);
            audit.Property(a => a.Subject).HasMaxLength(200);
            audit.Property(a => a.ClientId).HasMaxLength(200);
            audit.Property(a => a.Agency).HasMaxLength(200);
            audit.Property(a => a.Partnership).HasMaxLength(100);
            audit.Property(a => a.ClientAddress).HasMaxLength(64);
            audit.Property(a => a.TraceId).HasMaxLength(32);
            audit.HasIndex(a => new { a.ResourceType, a.ResourceId, a.Id });
        });
        return modelBuilder;
    }

    /// <summary>Removes what <see cref="MakeAuditTrailAppendOnly"/> created (the migration's Down).</summary>
    public static void DropAuditTrailAppendOnly(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_entries_append_only() CASCADE;");

    /// <summary>
    /// Makes the audit table append-only for every database user, the service's own included:
    /// UPDATE, DELETE and TRUNCATE raise an error. Call from the migration that creates the table.
    /// </summary>
    public static void MakeAuditTrailAppendOnly(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'audit_entries is append-only: % is not allowed', TG_OP
                USING ERRCODE = 'insufficient_privilege';
            END $$;
            CREATE TRIGGER audit_entries_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entries
              FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
            CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
              FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
            REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM PUBLIC;
            """);
        migrationBuilder.RevokeAuditTrailChanges();
    }

    /// <summary>
    /// Takes UPDATE, DELETE and TRUNCATE on the audit table from every role but its owner, whoever
    /// granted them (the service's app role gets row rights by default privilege): the service's
    /// everyday connection can only add audit rows, and, not owning the table, cannot drop the trigger.
    /// </summary>
    public static void RevokeAuditTrailChanges(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DO $$
            DECLARE r record;
            BEGIN
              FOR r IN SELECT DISTINCT a.grantee::regrole::text AS grantee
                       FROM pg_class c, aclexplode(c.relacl) a
                       WHERE c.oid = 'public.audit_entries'::regclass AND a.grantee <> 0 AND a.grantee <> c.relowner
                         AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
              LOOP
                EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON public.audit_entries FROM %s', r.grantee);
              END LOOP;
            END $$;
            """);
}
