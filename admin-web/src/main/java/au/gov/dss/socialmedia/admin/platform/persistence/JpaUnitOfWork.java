package au.gov.dss.socialmedia.admin.platform.persistence;

import au.gov.dss.socialmedia.admin.platform.command.ConcurrentChangeException;
import au.gov.dss.socialmedia.admin.platform.command.UnitOfWork;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * The {@link UnitOfWork} of JPA: flushes the command's changes inside the command, so that a row someone else
 * changed at the same moment (its version moved on) becomes a {@link ConcurrentChangeException}, and a constraint a
 * person can meet becomes the form's message ({@link ConstraintMessages}).
 */
@Dependent
public class JpaUnitOfWork implements UnitOfWork {

    private final EntityManager em;

    /** A unit of work over the entity manager. */
    @Inject
    public JpaUnitOfWork(EntityManager em) {
        this.em = em;
    }

    @Override
    public void flush() {
        if (!em.isJoinedToTransaction()) {
            return; // a command that reads or works outside the database (an export, a fixity check) writes nothing
        }
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw new ConcurrentChangeException("What you changed");
        } catch (PersistenceException refused) {
            throw ConstraintMessages.translate(refused).orElseThrow(() -> refused);
        }
    }
}
