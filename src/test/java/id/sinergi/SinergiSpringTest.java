package id.sinergi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every Spring test uses exactly this configuration, so the whole suite shares one application context:
 * the real app on a random port, an in-memory H2 with the Flyway schema and the demo data, and a {@link TestClock}.
 * The data-layer tests (named *ServiceTest, *RepositoryTest, *ImporterTest, *MigrationTest) run a second time on
 * PostgreSQL (see pom.xml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@ExtendWith(PostgresAvailable.class)
@Import(TestClock.Config.class)
public @interface SinergiSpringTest {
}
