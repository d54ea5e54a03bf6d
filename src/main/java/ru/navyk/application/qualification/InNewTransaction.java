package ru.navyk.application.qualification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Runs work in a transaction of its own: for work the server's executor runs, which has none. */
@ApplicationScoped
public class InNewTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(Runnable work) {
        work.run();
    }
}
