package dev.lede.pipeline.crawl;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only address literals: nothing here resolves a name or opens a connection. */
class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "10.0.0.1", "172.16.5.4", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "0.0.0.0", "::",
            "100.64.0.1", "::ffff:127.0.0.1", "::ffff:10.1.2.3", "224.0.0.1", "240.0.0.1"})
    void nonPublicAddressesAreRefusedByDefault(String literal) throws UnknownHostException {
        InetAddress address = InetAddress.getByName(literal);
        assertTrue(AddressGuard.privateKind(address).isPresent(), literal);
        assertTrue(new AddressGuard(false).refusal(literal.contains(":") ? "[" + literal + "]" : literal).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "192.169.0.1", "100.128.0.1", "2001:4860::8888"})
    void publicAddressesPass(String literal) throws UnknownHostException {
        assertTrue(AddressGuard.privateKind(InetAddress.getByName(literal)).isEmpty(), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "[::1]"})
    void theOperatorMayAllowPrivateAddresses(String host) throws UnknownHostException {
        assertTrue(new AddressGuard(true).refusal(host).isEmpty());
    }
}
