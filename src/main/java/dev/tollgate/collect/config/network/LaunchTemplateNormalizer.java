package dev.tollgate.collect.config.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.BlockDevice;
import dev.tollgate.model.LaunchTemplate;
import dev.tollgate.model.Tri;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * {@code AWS::EC2::LaunchTemplate}. Config records the CloudFormation-registry shape ({@code LaunchTemplateName},
 * {@code Id}, {@code LatestVersionNumber}, {@code LaunchTemplateData{...}}); the EC2 API camelCase shape
 * ({@code launchTemplateId}, {@code versionNumber}, {@code launchTemplateData}) reads the same through
 * case-insensitive lookup. Settings the template leaves out stay UNKNOWN/null: the instance then gets the
 * AMI's or account's defaults, which the template does not show.
 */
public final class LaunchTemplateNormalizer implements ItemNormalizer {
    private static final int MAX_USER_DATA_BYTES = 1 << 20;

    @Override
    public String resourceType() {
        return "AWS::EC2::LaunchTemplate";
    }

    @Override
    public LaunchTemplate normalize(ConfigItem item) throws ItemException {
        JsonNode conf = Ec2Items.configuration(item);
        String templateId = Ec2Items.id(item, conf, "Id", "LaunchTemplateId");
        Map<String, String> tags = Ec2Items.tags(item, conf);
        if (tags.isEmpty()) {
            tags = templateTags(conf);
        }
        Ec2Items.Identity id = Ec2Items.identity(item, "launch-template", templateId, tags,
                Json.text(conf, "LaunchTemplateName"));
        JsonNode data = Json.get(conf, "LaunchTemplateData");
        List<JsonNode> interfaces = Json.array(data, "NetworkInterfaces");
        Set<String> groups = new LinkedHashSet<>(Json.strings(data, "SecurityGroupIds"));
        for (JsonNode eni : interfaces) {
            groups.addAll(Json.strings(eni, "Groups"));
        }
        return new LaunchTemplate(id.arn(), id.account(), id.region(), id.name(), id.tags(),
                templateId,
                // versionNumber: the EC2 shape of one version; Latest: the version CloudFormation/Config describe
                Json.text(conf, "VersionNumber", "LatestVersionNumber", "DefaultVersionNumber"),
                Json.text(Json.get(data, "MetadataOptions"), "HttpTokens"),
                associatePublicIp(interfaces), blockDevices(data), new ArrayList<>(groups),
                instanceProfileArn(item, Json.get(data, "IamInstanceProfile")),
                userData(Json.text(data, "UserData")));
    }

    /** TRUE if any interface asks for a public IP, FALSE if some say no and none yes, else UNKNOWN. */
    private static Tri associatePublicIp(List<JsonNode> interfaces) {
        Tri out = Tri.UNKNOWN;
        for (JsonNode eni : interfaces) {
            Tri t = Json.tri(eni, "AssociatePublicIpAddress");
            if (t == Tri.TRUE) {
                return Tri.TRUE;
            }
            if (t == Tri.FALSE) {
                out = Tri.FALSE;
            }
        }
        return out;
    }

    /** EBS mappings only (instance-store and NoDevice mappings have no encryption setting). */
    private static List<BlockDevice> blockDevices(JsonNode data) {
        List<BlockDevice> out = new ArrayList<>();
        for (JsonNode m : Json.array(data, "BlockDeviceMappings")) {
            JsonNode ebs = Json.get(m, "Ebs");
            if (ebs.isObject()) {
                out.add(new BlockDevice(Json.text(m, "DeviceName"), Json.tri(ebs, "Encrypted"), Json.text(ebs, "KmsKeyId")));
            }
        }
        return out;
    }

    /**
     * The profile's ARN; a template that names the profile instead gets the ARN that name has under the
     * default path "/" (profiles created with another path are rare and then mis-named here).
     */
    private static String instanceProfileArn(ConfigItem item, JsonNode profile) {
        String arn = Json.text(profile, "Arn");
        if (arn != null) {
            return arn;
        }
        String name = Json.text(profile, "Name");
        if (name == null || item.account() == null) {
            return null;
        }
        return "arn:" + Ec2Items.partition(item) + ":iam::" + item.account() + ":instance-profile/" + name;
    }

    /** Tags the CloudFormation shape puts under TagSpecifications for the template itself. */
    private static Map<String, String> templateTags(JsonNode conf) {
        for (JsonNode spec : Json.array(conf, "TagSpecifications")) {
            if ("launch-template".equals(Json.text(spec, "ResourceType"))) {
                return Json.tags(Json.get(spec, "Tags"));
            }
        }
        return Map.of();
    }

    /**
     * Base64 (optionally gzip-compressed, as cloud-init accepts) decoded to UTF-8 text. Anything that is not
     * Base64 of text (a raw script, binary) is kept as recorded.
     */
    static String userData(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = raw.replaceAll("\\s", "");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            return raw;
        }
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readNBytes(MAX_USER_DATA_BYTES);
            } catch (IOException e) {
                return raw;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return raw;
        }
    }
}
