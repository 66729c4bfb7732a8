package org.seigraph.curation;

import org.seigraph.web.AccessSettings;
import org.seigraph.web.ApiException;
import org.seigraph.web.ErrorCode;
import org.seigraph.web.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may write curation: curators propose and revise their own proposals, reviewers approve and reject (never
 * their own proposals). Reads stay public. With no curator or reviewer token configured, writes are off.
 */
@Component
class CurationAccess {

    private final AccessSettings settings;

    CurationAccess(AccessSettings settings) {
        this.settings = settings;
    }

    /** The caller, who must hold {@code role}: UNAUTHORIZED without a known token, FORBIDDEN without the role. */
    Roles.Caller require(String role) {
        if (!settings.curation().enabled()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Curation writes are off: no curator or reviewer tokens are configured "
                    + "(seigraph.curation.curator-tokens / reviewer-tokens)");
        }
        Roles.Caller caller = Roles.caller().orElseThrow(() -> new ApiException(ErrorCode.UNAUTHORIZED,
                "This needs 'Authorization: Bearer <token>' of a " + role.toLowerCase()));
        if (!caller.has(role)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Only a " + role.toLowerCase() + " may do this; '"
                    + caller.name() + "' is not one");
        }
        return caller;
    }
}
