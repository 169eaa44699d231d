package io.koppel.store.internal;

import io.koppel.api.Reason;
import io.koppel.store.AccountLinkMapper;
import io.koppel.store.BillingAddressMapper;
import io.koppel.store.ConnectionMapper;
import io.koppel.store.CustomerUpdateMapper;
import io.koppel.store.DatabaseKind;
import io.koppel.store.DivisionLeaseMapper;
import io.koppel.store.OAuthStateMapper;
import io.koppel.store.PaymentStateMapper;
import io.koppel.store.PaymentTermMapper;
import io.koppel.store.PostingMapper;
import io.koppel.store.RefusalMapper;
import io.koppel.store.RecoveryMapper;
import io.koppel.store.Store;
import io.koppel.store.StoreSession;
import io.koppel.store.SyncMapper;
import io.koppel.store.TransactionLogMapper;
import io.koppel.store.WebhookEventMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * The {@link Store} on MyBatis: one {@link SqlSessionFactory} for this bundle, built from the host's DataSource.
 */
public final class MyBatisStore implements Store {
    static final List<Class<?>> MAPPERS = List.of(ConnectionMapper.class, AccountLinkMapper.class,
            PostingMapper.class, CustomerUpdateMapper.class, SyncMapper.class, TransactionLogMapper.class,
            OAuthStateMapper.class, DivisionLeaseMapper.class, WebhookEventMapper.class, RefusalMapper.class,
            RecoveryMapper.class,
            PaymentTermMapper.class, PaymentStateMapper.class,
            BillingAddressMapper.class);

    private final SqlSessionFactory sessions;
    private final DatabaseKind databaseKind;

    private MyBatisStore(SqlSessionFactory sessions, DatabaseKind databaseKind) {
        this.sessions = sessions;
        this.databaseKind = databaseKind;
    }

    /** A store on a DataSource whose schema is migrated already. */
    public static MyBatisStore on(DataSource dataSource) throws SQLException {
        DatabaseKind kind;
        try (Connection connection = dataSource.getConnection()) {
            kind = DatabaseKind.fromProductName(connection.getMetaData().getDatabaseProductName());
        }
        Configuration configuration = new Configuration(new Environment("koppel", new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setArgNameBasedConstructorAutoMapping(true);
        configuration.setDatabaseId(kind.name().toLowerCase(java.util.Locale.ROOT));
        configuration.getTypeHandlerRegistry().register(Instant.class, new UtcInstantTypeHandler());
        configuration.getTypeHandlerRegistry().register(Reason.class, new ReasonTypeHandler());
        // The mapper XML names row types of this bundle; MyBatis resolves them through the context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MyBatisStore.class.getClassLoader());
        try {
            MAPPERS.forEach(configuration::addMapper);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return new MyBatisStore(new SqlSessionFactoryBuilder().build(configuration), kind);
    }

    @Override
    public <T> T transaction(Function<StoreSession, T> work) {
        try (SqlSession session = sessions.openSession(false)) {
            T result = work.apply(new Session(session));
            session.commit(true);
            return result;
        }
    }

    @Override
    public <T> T statement(Function<StoreSession, T> work) {
        try (SqlSession session = sessions.openSession(true)) {
            return work.apply(new Session(session));
        }
    }

    @Override
    public DatabaseKind databaseKind() {
        return databaseKind;
    }

    private record Session(SqlSession session) implements StoreSession {
        @Override
        public <M> M mapper(Class<M> mapperType) {
            return session.getMapper(mapperType);
        }
    }
}
