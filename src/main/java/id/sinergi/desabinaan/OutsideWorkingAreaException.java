package id.sinergi.desabinaan;

import id.sinergi.base.BusinessRuleException;

/** A warning, not a refusal: the village lies outside the office's working area; saving again with consent works. */
public class OutsideWorkingAreaException extends BusinessRuleException {

    public OutsideWorkingAreaException(String villageName, String office) {
        super("desabinaan.warning.outsideArea", villageName, office);
    }
}
