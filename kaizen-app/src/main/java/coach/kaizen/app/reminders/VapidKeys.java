package coach.kaizen.app.reminders;

import coach.kaizen.app.db.PushStore.KeyPair;
import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.VAPIDKeyPairs;
import com.zerodeplibs.webpush.key.PrivateKeySources;
import com.zerodeplibs.webpush.key.PublicKeySources;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * The installation's VAPID key pair (RFC 8292), P-256: the public half as browsers take it (the
 * uncompressed point, base64url), and what signs each push's JWT with the private half.
 */
record VapidKeys(String publicKey, VAPIDKeyPair signer) {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** A new key pair, as the database keeps it. */
    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            java.security.KeyPair made = generator.generateKeyPair();
            VAPIDKeyPair signer = VAPIDKeyPairs.of(PrivateKeySources.ofECPrivateKey((ECPrivateKey) made.getPrivate()),
                    PublicKeySources.ofECPublicKey((ECPublicKey) made.getPublic()));
            return new KeyPair(BASE64URL.encodeToString(signer.extractPublicKeyInUncompressedForm()),
                    BASE64URL.encodeToString(made.getPrivate().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime makes P-256 keys", e);
        }
    }

    /** The key pair the database keeps, ready to sign. */
    static VapidKeys of(KeyPair kept) {
        Base64.Decoder decoder = Base64.getUrlDecoder();
        return new VapidKeys(kept.publicKey(), VAPIDKeyPairs.of(
                PrivateKeySources.ofPKCS8Bytes(decoder.decode(kept.privateKey())),
                PublicKeySources.ofUncompressedBytes(decoder.decode(kept.publicKey()))));
    }
}
