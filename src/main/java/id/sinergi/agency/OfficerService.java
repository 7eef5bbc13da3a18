package id.sinergi.agency;

import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.FieldRuleException;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officers (Petugas): everyone reads them; administrators and coordinators keep them. */
@Service
@Transactional(readOnly = true)
public class OfficerService {

    private final OfficerRepository officers;
    private final AgencyRepository agencies;
    private final Validator validator;
    private final AuditService audit;

    OfficerService(OfficerRepository officers, AgencyRepository agencies, Validator validator, AuditService audit) {
        this.officers = officers;
        this.agencies = agencies;
        this.validator = validator;
        this.audit = audit;
    }

    public List<Officer> list(OfficerFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"));
        return officers.search(SearchText.likePattern(filter.text()), filter.agencyId(), filter.activeOnly(), sorted)
                .getContent();
    }

    public long count(OfficerFilter filter) {
        return officers.countSearch(SearchText.likePattern(filter.text()), filter.agencyId(), filter.activeOnly());
    }

    /** Active officers whose name, NIP, position or agency matches the text, by name; e.g. to fill an attendance list. */
    public List<Officer> search(String text, Pageable pageable) {
        return list(new OfficerFilter(text, null, true), pageable);
    }

    /** The active officers of one agency or immigration office, by name; e.g. the candidates for Pimpasa. */
    public List<Officer> officersOf(long agencyId) {
        return officers.findByAgencyIdAndActiveTrueOrderByName(agencyId);
    }

    public Optional<Officer> findById(Long id) {
        return id == null ? Optional.empty() : officers.findById(id);
    }

    public Optional<Officer> findByNip(String nip) {
        String normalized = Nip.normalize(nip);
        return normalized == null ? Optional.empty() : officers.findByNip(normalized);
    }

    /** Creates or updates an officer; a stale version is refused (optimistic locking), every change is audited. */
    @PreAuthorize(AgencyService.EDITORS)
    @Transactional
    public Officer save(Officer officer) {
        checkRules(officer);
        if (officer.isNew()) {
            Officer saved = officers.saveAndFlush(officer);
            audit.record("OFFICER_CREATE", "Officer", saved.getId(), "name: " + saved.getName() + "\nnip: "
                    + saved.getNip() + "\nagency: " + saved.getAgency().getAbbreviation());
            return saved;
        }
        Officer stored = officers.findById(officer.getId()).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (stored.getVersion() != officer.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Officer.class, officer.getId());
        }
        Map<String, AuditService.Change> changes = new LinkedHashMap<>();
        changes.put("name", new AuditService.Change(stored.getName(), officer.getName()));
        changes.put("nip", new AuditService.Change(stored.getNip(), officer.getNip()));
        changes.put("position", new AuditService.Change(stored.getPosition(), officer.getPosition()));
        changes.put("agency", new AuditService.Change(stored.getAgency().getAbbreviation(),
                officer.getAgency().getAbbreviation()));
        changes.put("phone", new AuditService.Change(stored.getPhone(), officer.getPhone()));
        changes.put("email", new AuditService.Change(stored.getEmail(), officer.getEmail()));
        changes.put("active", new AuditService.Change(stored.isActive(), officer.isActive()));
        audit.recordChange("OFFICER_UPDATE", "Officer", stored.getId(), changes);
        stored.setName(officer.getName());
        stored.setNip(officer.getNip());
        stored.setPosition(officer.getPosition());
        stored.setAgency(officer.getAgency());
        stored.setPhone(officer.getPhone());
        stored.setEmail(officer.getEmail());
        stored.setActive(officer.isActive());
        return officers.saveAndFlush(stored);
    }

    /** For demo data run by the system itself, not by a user. */
    @Transactional
    public Officer createBySystem(Officer officer) {
        checkRules(officer);
        return officers.save(officer);
    }

    private void checkRules(Officer officer) {
        if (!validator.validate(officer).isEmpty()) {
            throw new BusinessRuleException("error.invalid");
        }
        if (officer.getAgency().getId() == null || !agencies.existsById(officer.getAgency().getId())) {
            throw new FieldRuleException("agency", "error.notFound");
        }
        if (officer.getNip() != null) {
            Nip.problem(officer.getNip()).ifPresent(key -> {
                throw new FieldRuleException("nip", key);
            });
            officers.findByNip(officer.getNip()).filter(other -> !other.getId().equals(officer.getId()))
                    .ifPresent(other -> {
                        throw new FieldRuleException("nip", "officer.error.nipTaken", other.getName());
                    });
        }
        if (officer.getPhone() != null && !officer.getPhone().matches(Officer.PHONE_PATTERN)) {
            throw new FieldRuleException("phone", "officer.error.phone");
        }
        if (officer.getEmail() != null && !officer.getEmail().matches(Officer.EMAIL_PATTERN)) {
            throw new FieldRuleException("email", "officer.error.email");
        }
    }
}
