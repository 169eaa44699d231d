package io.koppel.store;

/** The mappers of one transaction. */
public interface StoreSession {

    /** A mapper of this package, bound to the transaction. */
    <M> M mapper(Class<M> mapperType);
}
