package dev.pterogateway.auth;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Counts login attempts per account e-mail and per client address in token buckets that
 * refill over the window. Every attempt takes a token before the password is checked, so
 * parallel guesses count too; a successful login gives the address its token back and
 * forgets the account's count. Unknown e-mails are counted like known ones, so the
 * answers never tell whether an account exists.
 */
class LoginThrottle {

	/** Past this many tracked keys, keys with nothing to remember are dropped. */
	private static final int MAX_TRACKED = 10_000;

	private final AuthProperties.LoginThrottle settings;

	private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();

	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

	LoginThrottle(AuthProperties.LoginThrottle settings) {
		this.settings = settings;
	}

	/**
	 * Takes one attempt for an e-mail from an address.
	 * @param email the normalized e-mail
	 * @param address the client address
	 * @return whether the attempt may go on, and after what delay
	 */
	Verdict attempt(String email, String address) {
		Bucket account = bucket(this.accounts, email, this.settings.accountBlockAfter());
		Bucket origin = bucket(this.addresses, address, this.settings.addressBlockAfter());
		ConsumptionProbe byAccount = account.tryConsumeAndReturnRemaining(1);
		if (!byAccount.isConsumed()) {
			return Verdict.blocked(byAccount.getNanosToWaitForRefill());
		}
		ConsumptionProbe byAddress = origin.tryConsumeAndReturnRemaining(1);
		if (!byAddress.isConsumed()) {
			account.addTokens(1);
			return Verdict.blocked(byAddress.getNanosToWaitForRefill());
		}
		Duration accountDelay = delay(this.settings.accountBlockAfter() - byAccount.getRemainingTokens(),
				this.settings.accountDelayAfter(), this.settings.accountBlockAfter());
		Duration addressDelay = delay(this.settings.addressBlockAfter() - byAddress.getRemainingTokens(),
				this.settings.addressDelayAfter(), this.settings.addressBlockAfter());
		return new Verdict(false, (accountDelay.compareTo(addressDelay) >= 0) ? accountDelay : addressDelay);
	}

	/**
	 * A login succeeded: the account starts afresh and the address's attempt is not held
	 * against it.
	 */
	void succeeded(String email, String address) {
		this.accounts.remove(email);
		Bucket origin = this.addresses.get(address);
		if (origin != null) {
			origin.addTokens(1);
		}
	}

	/**
	 * The delay grows linearly from nothing at the delay threshold to the largest delay
	 * just before the block threshold.
	 */
	private Duration delay(long attempts, int delayAfter, int blockAfter) {
		if (attempts <= delayAfter) {
			return Duration.ZERO;
		}
		long steps = blockAfter - delayAfter;
		long step = Math.min(attempts - delayAfter, steps);
		return this.settings.maxDelay().multipliedBy(step).dividedBy(steps);
	}

	private Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
		if (buckets.size() > MAX_TRACKED) {
			buckets.values().removeIf((bucket) -> bucket.getAvailableTokens() >= capacity);
		}
		return buckets.computeIfAbsent(key,
				(unused) -> Bucket.builder()
					.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, this.settings.window()))
					.build());
	}

	/**
	 * What to do with one login attempt.
	 *
	 * @param blocked whether to refuse it with 429
	 * @param delay when blocked, how long until an attempt is let through again; else how
	 * long to hold the answer back
	 */
	record Verdict(boolean blocked, Duration delay) {

		static Verdict blocked(long nanos) {
			return new Verdict(true, Duration.ofNanos(nanos));
		}

	}

}
