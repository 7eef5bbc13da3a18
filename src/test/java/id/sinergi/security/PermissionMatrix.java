package id.sinergi.security;

import static id.sinergi.security.PermissionMatrix.Actor.ADMIN;
import static id.sinergi.security.PermissionMatrix.Actor.COORDINATOR;
import static id.sinergi.security.PermissionMatrix.Actor.LIAISON_OWNER;
import static id.sinergi.security.PermissionMatrix.Actor.LIAISON_OTHER;

import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemReportService;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ItemOrder;
import id.sinergi.export.ActionPlanExport;
import id.sinergi.export.ExportProgress;
import id.sinergi.export.ProgressReportExport;
import id.sinergi.export.ProgressReportFilter;
import id.sinergi.export.RosterExport;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.ActionItemStatusService;
import id.sinergi.action.CarryOverService;
import id.sinergi.action.EvidenceStore;
import id.sinergi.action.ListBookmarks;
import id.sinergi.action.ProgressService;
import id.sinergi.action.ProgressUpdateRequest;
import id.sinergi.action.SavedFilterService;
import id.sinergi.agency.AgencyFilter;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.AgencySuccessionService;
import id.sinergi.agency.ImmigrationOfficeService;
import id.sinergi.agency.OfficerFilter;
import id.sinergi.agency.OfficerService;
import id.sinergi.agency.ui.AgenciesView;
import id.sinergi.agency.ui.ImmigrationOfficesView;
import id.sinergi.agency.ui.OfficersView;
import id.sinergi.backup.BackupService;
import id.sinergi.backup.ui.BackupView;
import id.sinergi.action.ui.ActionItemView;
import id.sinergi.action.ui.ActionItemsView;
import id.sinergi.action.ui.OurItemsView;
import id.sinergi.meeting.AgendaService;
import id.sinergi.meeting.AttendanceService;
import id.sinergi.meeting.FollowUpService;
import id.sinergi.meeting.OutcomeService;
import id.sinergi.meeting.MeetingFilter;
import id.sinergi.meeting.MeetingService;
import id.sinergi.meeting.MeetingStatus;
import id.sinergi.meeting.ui.MeetingView;
import id.sinergi.meeting.ui.MeetingsView;
import id.sinergi.desabinaan.DesaBinaan;
import id.sinergi.desabinaan.DesaBinaanService;
import id.sinergi.desabinaan.Quarter;
import id.sinergi.desabinaan.RosterFilter;
import id.sinergi.desabinaan.VillageActivity;
import id.sinergi.desabinaan.VillageActivityService;
import id.sinergi.desabinaan.ui.RosterView;
import id.sinergi.region.ImportMode;
import id.sinergi.region.ImportProgress;
import id.sinergi.region.RegionImporter;
import id.sinergi.region.RegionLevel;
import id.sinergi.region.ui.RegionsView;
import java.nio.file.Path;
import id.sinergi.audit.AuditFilter;
import id.sinergi.audit.AuditService;
import id.sinergi.audit.ui.AuditLogView;
import id.sinergi.dashboard.DashboardFilter;
import id.sinergi.dashboard.DashboardService;
import id.sinergi.dashboard.ui.DashboardView;
import id.sinergi.region.RegionService;
import id.sinergi.security.ui.AccountSecurityView;
import id.sinergi.security.ui.ChangePasswordView;
import id.sinergi.security.ui.LoginView;
import id.sinergi.security.ui.SecondFactorView;
import id.sinergi.security.ui.SecuritySettingsView;
import id.sinergi.user.User;
import id.sinergi.user.UserService;
import id.sinergi.user.ui.UsersView;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;

/**
 * THE permission matrix (DESIGN.md, "Who uses it"): who may call each service operation and open each route.
 * {@link PermissionMatrixTest} finds every public method of every {@code @Service} and every {@code @Route} by classpath
 * scan, fails when one has no row here, and runs each row as each role.
 * <p>
 * To add a row: {@code op(Service.class, "method(ParamType, ...)", WHO, (service, f) -> service.method(...))} in the
 * feature's block below. The call should be harmless (use the fixture's throwaway records, or arguments that a rule
 * refuses after the permission check): a refusal must be an {@code AccessDeniedException}; any other outcome, including
 * another exception, counts as "allowed". Operations only the system itself uses (demo data, start-up) are
 * {@code system(...)} rows; the test checks that no UI class calls them.
 */
final class PermissionMatrix {

    /** The columns: one account per role; the two liaisons belong to the owning agency and to another agency. */
    enum Actor { ADMIN, COORDINATOR, LIAISON_OWNER, LIAISON_OTHER, LEADERSHIP }

    static final Set<Actor> EVERYONE = EnumSet.allOf(Actor.class);
    static final Set<Actor> ADMIN_ONLY = EnumSet.of(ADMIN);
    /** Administrators and coordinators: meetings, action plans, agencies and officers. */
    static final Set<Actor> EDITORS = EnumSet.of(ADMIN, COORDINATOR);
    /** Editors and the liaison of the item's responsible agency (progress reports, comments). */
    static final Set<Actor> EDITORS_AND_OWNER = EnumSet.of(ADMIN, COORDINATOR, LIAISON_OWNER);
    /** Leadership, coordinators and administrators: the dashboard (DESIGN.md). */
    static final Set<Actor> DASHBOARD_READERS = EnumSet.of(ADMIN, COORDINATOR, Actor.LEADERSHIP);
    /** A version no record has: operations that take one refuse it after their permission check. */
    static final int STALE = -1;
    /** A meeting id no record has: writes on it are refused (not found) after their permission check. */
    static final long NO_MEETING = -1;

    static final List<Operation<?>> OPERATIONS = List.of(
            // user
            op(UserService.class, "list(String, Pageable)", ADMIN_ONLY, (s, f) -> s.list(null, PageRequest.of(0, 1))),
            op(UserService.class, "count(String)", ADMIN_ONLY, (s, f) -> s.count(null)),
            op(UserService.class, "findById(long)", ADMIN_ONLY, (s, f) -> s.findById(f.victimUserId())),
            op(UserService.class, "create(User, String)", ADMIN_ONLY, (s, f) -> s.create(User.blank(), "")),
            op(UserService.class, "update(User)", ADMIN_ONLY, (s, f) -> s.update(User.blank())),
            op(UserService.class, "resetPassword(long)", ADMIN_ONLY, (s, f) -> s.resetPassword(f.victimUserId())),
            op(UserService.class, "findCurrent()", EVERYONE, (s, f) -> s.findCurrent()),
            op(UserService.class, "changeOwnPassword(String, String)", EVERYONE,
                    (s, f) -> s.changeOwnPassword(f.password(), "short")),
            op(UserService.class, "changeOwnLanguage(String)", EVERYONE, (s, f) -> s.changeOwnLanguage("id")),
            system(UserService.class, "hasAnyUser()"),
            system(UserService.class, "createBySystem(User, String, boolean)"),

            // agencies, immigration offices, officers, regions: everyone reads, editors change
            op(AgencyService.class, "listActive()", EVERYONE, (s, f) -> s.listActive()),
            op(AgencyService.class, "list(AgencyFilter, Pageable)", EVERYONE, (s, f) -> s.list(AgencyFilter.all(), page())),
            op(AgencyService.class, "count(AgencyFilter)", EVERYONE, (s, f) -> s.count(AgencyFilter.all())),
            op(AgencyService.class, "findById(Long)", EVERYONE, (s, f) -> s.findById(f.ownerAgencyId())),
            op(AgencyService.class, "findByAbbreviation(String)", EVERYONE, (s, f) -> s.findByAbbreviation("BP3MI Banten")),
            op(AgencyService.class, "successorsOf(long)", EVERYONE, (s, f) -> s.successorsOf(f.ownerAgencyId())),
            op(AgencyService.class, "usesOf(long)", EVERYONE, (s, f) -> s.usesOf(f.ownerAgencyId())),
            op(AgencyService.class, "save(Agency)", EDITORS, (s, f) -> s.save(null)),
            op(AgencyService.class, "delete(long, int)", EDITORS, (s, f) -> s.delete(f.ownerAgencyId(), STALE)),
            system(AgencyService.class, "createBySystem(Agency)"),
            op(AgencySuccessionService.class, "end(long, int, LocalDate)", EDITORS, (s, f) -> s.end(f.ownerAgencyId(), STALE, null)),
            op(AgencySuccessionService.class, "endWithSuccessor(long, int, LocalDate, Successor)", EDITORS,
                    (s, f) -> s.endWithSuccessor(f.ownerAgencyId(), STALE, null, null)),
            op(ImmigrationOfficeService.class, "listAll()", EVERYONE, (s, f) -> s.listAll()),
            op(ImmigrationOfficeService.class, "listWithoutDetails()", EVERYONE, (s, f) -> s.listWithoutDetails()),
            op(ImmigrationOfficeService.class, "listKanwils()", EVERYONE, (s, f) -> s.listKanwils()),
            op(ImmigrationOfficeService.class, "officesOf(long)", EVERYONE, (s, f) -> s.officesOf(f.otherAgencyId())),
            op(ImmigrationOfficeService.class, "findByAgencyId(long)", EVERYONE, (s, f) -> s.findByAgencyId(f.otherAgencyId())),
            op(ImmigrationOfficeService.class, "isImmigrationOffice(long)", EVERYONE,
                    (s, f) -> s.isImmigrationOffice(f.otherAgencyId())),
            op(ImmigrationOfficeService.class, "workingAreaOf(long)", EVERYONE, (s, f) -> s.workingAreaOf(f.otherAgencyId())),
            op(ImmigrationOfficeService.class, "officesCovering(String)", EVERYONE, (s, f) -> s.officesCovering("36.04")),
            op(ImmigrationOfficeService.class, "save(OfficeChange)", EDITORS, (s, f) -> s.save(null)),
            system(ImmigrationOfficeService.class, "defineBySystem(long, OfficeKind, OfficeClass, Set)"),
            op(OfficerService.class, "list(OfficerFilter, Pageable)", EVERYONE, (s, f) -> s.list(OfficerFilter.all(), page())),
            op(OfficerService.class, "count(OfficerFilter)", EVERYONE, (s, f) -> s.count(OfficerFilter.all())),
            op(OfficerService.class, "search(String, Pageable)", EVERYONE, (s, f) -> s.search("a", page())),
            op(OfficerService.class, "officersOf(long)", EVERYONE, (s, f) -> s.officersOf(f.otherAgencyId())),
            op(OfficerService.class, "findById(Long)", EVERYONE, (s, f) -> s.findById(1L)),
            op(OfficerService.class, "findByNip(String)", EVERYONE, (s, f) -> s.findByNip("198501012010011001")),
            op(OfficerService.class, "save(Officer)", EDITORS, (s, f) -> s.save(null)),
            system(OfficerService.class, "createBySystem(Officer)"),
            op(RegionService.class, "findByCode(String)", EVERYONE, (s, f) -> s.findByCode("36")),
            op(RegionService.class, "pathOf(String)", EVERYONE, (s, f) -> s.pathOf("36.04")),
            op(RegionService.class, "pathsOf(Collection)", EVERYONE, (s, f) -> s.pathsOf(List.of("36.04"))),
            op(RegionService.class, "search(String, Set, String, int)", EVERYONE,
                    (s, f) -> s.search("serang", Set.of(RegionLevel.REGENCY), null, 5)),
            op(RegionService.class, "search(String, Set, String, int, int)", EVERYONE,
                    (s, f) -> s.search("serang", Set.of(RegionLevel.REGENCY), null, 0, 5)),
            op(RegionService.class, "listByLevel(RegionLevel[])", EVERYONE, (s, f) -> s.listByLevel(RegionLevel.PROVINCE)),
            op(RegionService.class, "list(String, RegionLevel, Pageable)", EVERYONE, (s, f) -> s.list("ser", null, page())),
            op(RegionService.class, "count(String, RegionLevel)", EVERYONE, (s, f) -> s.count("ser", null)),
            op(RegionImporter.class, "importFile(Path, String, ImportMode, ImportProgress)", ADMIN_ONLY, (s, f) -> s.importFile(
                    Path.of("tidak-ada", "wilayah.csv"), "wilayah.csv", ImportMode.ADDITIONS, ImportProgress.NONE)),
            op(RegionImporter.class, "maxFileSize()", EVERYONE, (s, f) -> s.maxFileSize()),

            // Desa Binaan: everyone reads; editors assign villages; activities by editors and the fostering office's
            // liaison (the fixture's village belongs to an office of neither liaison; the own-office case is in
            // VillageActivityServiceTest)
            op(DesaBinaanService.class, "roster(RosterFilter)", EVERYONE, (s, f) -> s.roster(RosterFilter.all())),
            op(DesaBinaanService.class, "totals(RosterFilter)", EVERYONE, (s, f) -> s.totals(RosterFilter.all())),
            op(DesaBinaanService.class, "history(long)", EVERYONE, (s, f) -> s.history(f.foreignAssignment().getId())),
            op(VillageActivityService.class, "totalsPerAssignment(Collection, Quarter)", EVERYONE,
                    (s, f) -> s.totalsPerAssignment(List.of(f.foreignAssignment().getId()), Quarter.current())),
            op(DesaBinaanService.class, "findById(Long)", EVERYONE, (s, f) -> s.findById(f.foreignAssignment().getId())),
            op(DesaBinaanService.class, "outsideWorkingArea(String, long)", EVERYONE,
                    (s, f) -> s.outsideWorkingArea("36.04", f.otherAgencyId())),
            op(DesaBinaanService.class, "save(DesaBinaan, boolean)", EDITORS, (s, f) -> s.save(null, false)),
            op(DesaBinaanService.class, "end(long, int, LocalDate, String)", EDITORS,
                    (s, f) -> s.end(f.foreignAssignment().getId(), STALE, null, "")),
            system(DesaBinaanService.class, "createBySystem(DesaBinaan)"),
            system(DesaBinaanService.class, "endBySystem(long, LocalDate, String)"),
            op(VillageActivityService.class, "activitiesOf(long)", EVERYONE, (s, f) -> s.activitiesOf(f.foreignAssignment().getId())),
            op(VillageActivityService.class, "totalsPerOffice(Quarter)", EVERYONE, (s, f) -> s.totalsPerOffice(Quarter.current())),
            op(VillageActivityService.class, "totalsPerKanwil(Quarter)", EVERYONE, (s, f) -> s.totalsPerKanwil(Quarter.current())),
            op(VillageActivityService.class, "save(VillageActivity)", EDITORS,
                    (s, f) -> s.save(VillageActivity.blank(f.foreignAssignment()))),
            op(VillageActivityService.class, "remove(long, int)", EDITORS,
                    (s, f) -> s.remove(f.foreignActivity().getId(), STALE)),
            system(VillageActivityService.class, "createBySystem(VillageActivity)"),
            op(RegionService.class, "listByLevels(Collection)", EVERYONE, (s, f) -> s.listByLevels(List.of(RegionLevel.PROVINCE))),
            system(RegionService.class, "addMissingBySystem(Collection)"),

            // meetings: everyone reads; editors record them; only administrators reopen a final one
            op(MeetingService.class, "canEdit()", EVERYONE, (s, f) -> s.canEdit()),
            op(MeetingService.class, "canReopen()", EVERYONE, (s, f) -> s.canReopen()),
            op(MeetingService.class, "list(MeetingFilter, Pageable)", EVERYONE, (s, f) -> s.list(MeetingFilter.ALL, page())),
            op(MeetingService.class, "count(MeetingFilter)", EVERYONE, (s, f) -> s.count(MeetingFilter.ALL)),
            op(MeetingService.class, "findById(Long)", EVERYONE, (s, f) -> s.findById(f.meetingId())),
            op(MeetingService.class, "get(long)", EVERYONE, (s, f) -> s.get(f.meetingId())),
            op(MeetingService.class, "create(Meeting)", EDITORS, (s, f) -> s.create(null)),
            op(MeetingService.class, "update(Meeting)", EDITORS, (s, f) -> s.update(null)),
            op(MeetingService.class, "changeStatus(long, int, MeetingStatus)", EDITORS,
                    (s, f) -> s.changeStatus(f.meetingId(), STALE, MeetingStatus.SCHEDULED)),
            op(MeetingService.class, "reopen(long, int)", ADMIN_ONLY, (s, f) -> s.reopen(f.meetingId(), STALE)),
            op(AgendaService.class, "list(long)", EVERYONE, (s, f) -> s.list(f.meetingId())),
            op(AgendaService.class, "save(long, AgendaItem)", EDITORS, (s, f) -> s.save(NO_MEETING, null)),
            op(AgendaService.class, "move(long, long, int)", EDITORS, (s, f) -> s.move(NO_MEETING, -1, 1)),
            op(AgendaService.class, "remove(long, long, int)", EDITORS, (s, f) -> s.remove(NO_MEETING, -1, STALE)),
            op(AttendanceService.class, "list(long)", EVERYONE, (s, f) -> s.list(f.meetingId())),
            op(AttendanceService.class, "countsPerAgency(long)", EVERYONE, (s, f) -> s.countsPerAgency(f.meetingId())),
            op(AttendanceService.class, "save(long, Attendance)", EDITORS, (s, f) -> s.save(NO_MEETING, null)),
            op(AttendanceService.class, "remove(long, long, int)", EDITORS, (s, f) -> s.remove(NO_MEETING, -1, STALE)),
            op(OutcomeService.class, "list(long)", EVERYONE, (s, f) -> s.list(f.meetingId())),
            op(OutcomeService.class, "save(long, Outcome)", EDITORS, (s, f) -> s.save(NO_MEETING, null)),
            op(OutcomeService.class, "remove(long, long, int)", EDITORS, (s, f) -> s.remove(NO_MEETING, -1, STALE)),
            op(FollowUpService.class, "carryOverCandidates(long)", EVERYONE, (s, f) -> s.carryOverCandidates(f.meetingId())),
            op(FollowUpService.class, "planFollowUp(long, Collection)", EDITORS, (s, f) -> s.planFollowUp(NO_MEETING, List.of())),

            // action items: everyone reads; editors plan; the responsible agency's liaison reports progress
            op(ActionItemService.class, "canEditPlan()", EVERYONE, (s, f) -> s.canEditPlan()),
            op(ActionItemService.class, "get(long)", EVERYONE, (s, f) -> s.get(f.ownerItemId())),
            op(ActionItemService.class, "access(ActionItem)", EVERYONE, (s, f) -> s.access(s.get(f.ownerItemId()))),
            op(ActionItemService.class, "list(ActionItemFilter, Pageable)", EVERYONE, (s, f) -> s.list(ActionItemFilter.ALL, page())),
            op(ActionItemService.class, "count(ActionItemFilter)", EVERYONE, (s, f) -> s.count(ActionItemFilter.ALL)),
            op(ActionItemService.class, "list(ActionItemFilter, Pageable, ListBookmarks)", EVERYONE,
                    (s, f) -> s.list(ActionItemFilter.ALL, page(), new ListBookmarks())),
            op(ActionItemService.class, "countUpTo(ActionItemFilter, int)", EVERYONE,
                    (s, f) -> s.countUpTo(ActionItemFilter.ALL, 10)),
            op(ActionItemService.class, "listOurs(Pageable)", EVERYONE, (s, f) -> s.listOurs(page())),
            op(ActionItemService.class, "countOurs()", EVERYONE, (s, f) -> s.countOurs()),
            op(ActionItemService.class, "planOf(long)", EVERYONE, (s, f) -> s.planOf(f.meetingId())),
            op(ActionItemService.class, "carriedInto(long)", EVERYONE, (s, f) -> s.carriedInto(f.meetingId())),
            op(ActionItemService.class, "planOf(long, Pageable)", EVERYONE, (s, f) -> s.planOf(f.meetingId(), page())),
            op(ActionItemService.class, "countPlan(long)", EVERYONE, (s, f) -> s.countPlan(f.meetingId())),
            op(ActionItemService.class, "carriedInto(long, Pageable)", EVERYONE, (s, f) -> s.carriedInto(f.meetingId(), page())),
            op(ActionItemService.class, "countCarriedInto(long)", EVERYONE, (s, f) -> s.countCarriedInto(f.meetingId())),
            op(ActionItemService.class, "history(long)", EVERYONE, (s, f) -> s.history(f.ownerItemId())),
            system(ActionItemService.class, "createBySystem(long, ActionItem)"),
            op(ActionItemService.class, "create(long, ActionItem)", EDITORS, (s, f) -> s.create(f.meetingId(), null)),
            op(ActionItemService.class, "update(ActionItem)", EDITORS, (s, f) -> s.update(null)),
            op(ActionItemService.class, "move(long, int, int)", EDITORS, (s, f) -> s.move(f.ownerItemId(), STALE, 1)),
            op(ActionItemService.class, "remove(long, int)", EDITORS, (s, f) -> s.remove(f.ownerItemId(), STALE)),
            op(ActionItemStatusService.class, "markDone(long, int, String)", EDITORS, (s, f) -> s.markDone(f.ownerItemId(), STALE, "")),
            op(ActionItemStatusService.class, "cancel(long, int, String)", EDITORS, (s, f) -> s.cancel(f.ownerItemId(), STALE, "")),
            op(ActionItemStatusService.class, "reopen(long, int)", EDITORS, (s, f) -> s.reopen(f.ownerItemId(), STALE)),
            op(CarryOverService.class, "candidates(long)", EVERYONE, (s, f) -> s.candidates(f.meetingId())),
            op(CarryOverService.class, "carryOver(long, long, Collection)", EDITORS,
                    (s, f) -> s.carryOver(f.meetingId(), f.meetingId(), List.of())),
            op(ProgressService.class, "updatesOf(long)", EVERYONE, (s, f) -> s.updatesOf(f.ownerItemId())),
            op(ProgressService.class, "pendingExtension(long)", EVERYONE, (s, f) -> s.pendingExtension(f.ownerItemId())),
            op(ProgressService.class, "commentsOf(long)", EVERYONE, (s, f) -> s.commentsOf(f.ownerItemId())),
            op(ProgressService.class, "report(ProgressUpdateRequest)", EDITORS_AND_OWNER, (s, f) -> s.report(
                    new ProgressUpdateRequest(f.ownerItemId(), STALE, ActionItemStatus.IN_PROGRESS, 10, "", List.of(), null, null))),
            op(ProgressService.class, "decideExtension(long, int, boolean, String)", EDITORS,
                    (s, f) -> s.decideExtension(f.ownerItemId(), STALE, false, "")),
            op(ProgressService.class, "comment(long, String)", EDITORS_AND_OWNER, (s, f) -> s.comment(f.ownerItemId(), "")),
            op(EvidenceStore.class, "filesOf(Collection)", EVERYONE, (s, f) -> s.filesOf(List.of())),
            op(EvidenceStore.class, "download(long)", EVERYONE, (s, f) -> s.download(-1)),
            op(EvidenceStore.class, "precheck(EvidenceUpload)", EVERYONE, (s, f) -> s.precheck(null)),
            op(EvidenceStore.class, "maxBytes()", EVERYONE, (s, f) -> s.maxBytes()),
            op(SavedFilterService.class, "load()", EVERYONE, (s, f) -> s.load()),
            op(SavedFilterService.class, "save(ActionItemFilter)", EVERYONE, (s, f) -> s.save(ActionItemFilter.ALL)),
            op(SavedFilterService.class, "clear()", EVERYONE, (s, f) -> s.clear()),
            op(ActionItemReportService.class, "forEach(ActionItemFilter, Long, ItemOrder, boolean, Consumer)", EVERYONE,
                    (s, f) -> s.forEach(ActionItemFilter.ofMeeting(f.meetingId()), null, ItemOrder.BY_STRATEGY, true, r -> { })),
            op(ActionItemReportService.class, "count(ActionItemFilter, Long)", EVERYONE,
                    (s, f) -> s.count(ActionItemFilter.ofMeeting(f.meetingId()), null)),

            // Excel exports: everyone logged in reads items and the roster, so everyone may export them
            op(ActionPlanExport.class, "fileName(ActionItemFilter, Locale)", EVERYONE,
                    (s, f) -> s.fileName(ActionItemFilter.ofMeeting(f.meetingId()), Locale.ENGLISH)),
            op(ActionPlanExport.class, "write(ActionItemFilter, Locale, OutputStream)", EVERYONE,
                    (s, f) -> s.write(ActionItemFilter.ofMeeting(f.meetingId()), Locale.ENGLISH, new ByteArrayOutputStream())),
            op(ActionPlanExport.class, "write(ActionItemFilter, Locale, OutputStream, ExportProgress)", EVERYONE,
                    (s, f) -> s.write(ActionItemFilter.ofMeeting(f.meetingId()), Locale.ENGLISH, new ByteArrayOutputStream(),
                            ExportProgress.NONE)),
            op(ProgressReportExport.class, "fileName(ProgressReportFilter, Locale)", EVERYONE,
                    (s, f) -> s.fileName(ProgressReportFilter.ALL, Locale.ENGLISH)),
            op(ProgressReportExport.class, "write(ProgressReportFilter, Locale, OutputStream)", EVERYONE,
                    (s, f) -> s.write(ownerReport(f), Locale.ENGLISH, new ByteArrayOutputStream())),
            op(ProgressReportExport.class, "write(ProgressReportFilter, Locale, OutputStream, ExportProgress)", EVERYONE,
                    (s, f) -> s.write(ownerReport(f), Locale.ENGLISH, new ByteArrayOutputStream(), ExportProgress.NONE)),
            op(RosterExport.class, "fileName(Quarter, Locale)", EVERYONE, (s, f) -> s.fileName(Quarter.current(), Locale.ENGLISH)),
            op(RosterExport.class, "write(RosterFilter, Quarter, Locale, OutputStream)", EVERYONE,
                    (s, f) -> s.write(foreignOffice(f), Quarter.current(), Locale.ENGLISH, new ByteArrayOutputStream())),
            op(RosterExport.class, "write(RosterFilter, Quarter, Locale, OutputStream, ExportProgress)", EVERYONE,
                    (s, f) -> s.write(foreignOffice(f), Quarter.current(), Locale.ENGLISH, new ByteArrayOutputStream(),
                            ExportProgress.NONE)),

            // database backup (H2 only): administrators
            op(BackupService.class, "isSupported()", EVERYONE, (s, f) -> s.isSupported()),
            op(BackupService.class, "backupDirectory()", EVERYONE, (s, f) -> s.backupDirectory()),
            op(BackupService.class, "createBackup()", ADMIN_ONLY, (s, f) -> s.createBackup()),
            op(BackupService.class, "listBackups()", ADMIN_ONLY, (s, f) -> s.listBackups()),

            // audit: every feature appends; only administrators read the whole trail
            op(AuditService.class, "record(String, String, Object, String)", EVERYONE,
                    (s, f) -> s.record("MATRIX", "Test", 1, "permission matrix")),
            op(AuditService.class, "recordChange(String, String, Object, Map)", EVERYONE,
                    (s, f) -> s.recordChange("MATRIX", "Test", 1, Map.of())),
            op(AuditService.class, "recordStandalone(String, String, String)", EVERYONE,
                    (s, f) -> s.recordStandalone("MATRIX", "matrix", "permission matrix")),
            op(AuditService.class, "recordExport(String, String)", EVERYONE, (s, f) -> s.recordExport("matrix", "none")),
            op(AuditService.class, "history(String, Object)", EVERYONE, (s, f) -> s.history("Test", 1)),
            op(AuditService.class, "search(AuditFilter, Pageable)", ADMIN_ONLY,
                    (s, f) -> s.search(AuditFilter.none(), PageRequest.of(0, 1))),
            op(AuditService.class, "count(AuditFilter)", ADMIN_ONLY, (s, f) -> s.count(AuditFilter.none())),
            op(AuditService.class, "actions()", ADMIN_ONLY, (s, f) -> s.actions()),
            op(AuditService.class, "entityTypes()", ADMIN_ONLY, (s, f) -> s.entityTypes()),
            op(AuditService.class, "export(AuditFilter, Locale, OutputStream)", ADMIN_ONLY, (s, f) -> s.export(
                    new AuditFilter(null, null, null, "NO_SUCH_ACTION", null, null), Locale.ENGLISH, new ByteArrayOutputStream())),

            // security: one's own second factor and sessions; administrators reset others' and set the policy
            op(SecondFactorService.class, "status()", EVERYONE, (s, f) -> s.status()),
            op(SecondFactorService.class, "startEnrolment(String)", EVERYONE, (s, f) -> s.startEnrolment(f.password())),
            op(SecondFactorService.class, "confirmEnrolment(String)", EVERYONE, (s, f) -> s.confirmEnrolment("000000")),
            op(SecondFactorService.class, "renewRecoveryCodes(String)", EVERYONE, (s, f) -> s.renewRecoveryCodes("000000")),
            op(SecondFactorService.class, "disable(String, String)", EVERYONE, (s, f) -> s.disable(f.password(), "000000")),
            op(SecondFactorService.class, "resetFor(long)", ADMIN_ONLY, (s, f) -> s.resetFor(f.victimUserId())),
            // the second login step: anyone, but only with a pending login that a right password put in the session
            op(SecondFactorLogin.class, "usable(PendingLogin)", EVERYONE, (s, f) -> s.usable(f.pendingLogin())),
            op(SecondFactorLogin.class, "startEnrolment(PendingLogin)", EVERYONE, (s, f) -> s.startEnrolment(f.pendingLogin())),
            op(SecondFactorLogin.class, "confirmEnrolment(PendingLogin, String)", EVERYONE,
                    (s, f) -> s.confirmEnrolment(f.pendingLogin(), "000000")),
            op(SecondFactorLogin.class, "verify(PendingLogin, String)", EVERYONE, (s, f) -> s.verify(f.pendingLogin(), "000000")),
            op(SecuritySettingsService.class, "secondFactorPolicy()", ADMIN_ONLY, (s, f) -> s.secondFactorPolicy()),
            op(SecuritySettingsService.class, "changeSecondFactorPolicy(SecondFactorPolicy)", ADMIN_ONLY,
                    (s, f) -> s.changeSecondFactorPolicy(s.secondFactorPolicy())),
            op(SessionService.class, "mySessions()", EVERYONE, (s, f) -> s.mySessions()),
            op(SessionService.class, "endMySession(String, String)", EVERYONE, (s, f) -> s.endMySession("none", f.password())),
            op(SessionService.class, "endMyOtherSessions(String)", EVERYONE, (s, f) -> s.endMyOtherSessions(f.password())),
            op(SessionService.class, "sessionsOf(long)", ADMIN_ONLY, (s, f) -> s.sessionsOf(f.victimUserId())),
            op(SessionService.class, "endSessionsOf(long)", ADMIN_ONLY, (s, f) -> s.endSessionsOf(f.victimUserId())),
            op(SessionService.class, "endAllOtherSessions()", ADMIN_ONLY, (s, f) -> s.endAllOtherSessions()),

            // dashboard: leadership, coordinators and administrators; everyone their own agency's figures
            op(DashboardService.class, "dashboard(DashboardFilter)", DASHBOARD_READERS,
                    (s, f) -> s.dashboard(DashboardFilter.yearOf(DashboardService.today()))),
            op(DashboardService.class, "kanwilAreas()", DASHBOARD_READERS, (s, f) -> s.kanwilAreas()),
            op(DashboardService.class, "ourAgency()", EVERYONE, (s, f) -> s.ourAgency())
    );

    /** Who may open each route; {@code anonymous} routes are open before login too. */
    static final List<RouteRule> ROUTES = List.of(
            route(LoginView.class, EVERYONE, true),
            route(SecondFactorView.class, EVERYONE, true),
            route(DashboardView.class, EVERYONE, false),
            route(ChangePasswordView.class, EVERYONE, false),
            route(AccountSecurityView.class, EVERYONE, false),
            route(UsersView.class, ADMIN_ONLY, false),
            route(SecuritySettingsView.class, ADMIN_ONLY, false),
            route(AuditLogView.class, ADMIN_ONLY, false),
            route(MeetingsView.class, EVERYONE, false),
            route(MeetingView.class, EVERYONE, false),
            route(AgenciesView.class, EVERYONE, false),
            route(ImmigrationOfficesView.class, EVERYONE, false),
            route(OfficersView.class, EVERYONE, false),
            route(BackupView.class, ADMIN_ONLY, false),
            route(RegionsView.class, EVERYONE, false),
            route(RosterView.class, EVERYONE, false),
            route(ActionItemsView.class, EVERYONE, false),
            route(ActionItemView.class, EVERYONE, false),
            route(OurItemsView.class, EnumSet.of(LIAISON_OWNER, LIAISON_OTHER), false)
    );

    private PermissionMatrix() {
    }

    /** The throwaway records the rows work on, made once per test run. */
    interface Fixture {
        long meetingId();

        /** An action item of {@link #meetingId()} whose responsible agency is {@link #ownerAgencyId()}. */
        long ownerItemId();

        /** A fostered village of an immigration office that neither liaison belongs to. */
        DesaBinaan foreignAssignment();

        /** An activity logged for {@link #foreignAssignment()}. */
        VillageActivity foreignActivity();

        String password();

        long victimUserId();

        Long ownerAgencyId();

        Long otherAgencyId();

        PendingLogin pendingLogin();
    }

    interface Call<S> {
        void call(S service, Fixture fixture) throws Exception;
    }

    record Operation<S>(Class<S> service, String signature, Set<Actor> allowed, Call<S> call) {
        boolean isSystem() {
            return call == null;
        }
    }

    record RouteRule(Class<?> view, Set<Actor> allowed, boolean anonymous) {
    }

    private static <S> Operation<S> op(Class<S> service, String signature, Set<Actor> allowed, Call<S> call) {
        return new Operation<>(service, signature, allowed, call);
    }

    private static <S> Operation<S> system(Class<S> service, String signature) {
        return new Operation<>(service, signature, Set.of(), null);
    }

    private static ProgressReportFilter ownerReport(Fixture f) {
        return new ProgressReportFilter(null, null, f.ownerAgencyId(), null, null, null, null);
    }

    private static RosterFilter foreignOffice(Fixture f) {
        return new RosterFilter(null, f.foreignAssignment().getOffice().getId(), null, null, null, null, null);
    }

    private static org.springframework.data.domain.Pageable page() {
        return PageRequest.of(0, 1);
    }

    private static RouteRule route(Class<?> view, Set<Actor> allowed, boolean anonymous) {
        return new RouteRule(view, allowed, anonymous);
    }
}
