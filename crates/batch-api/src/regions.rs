//! Tencent Cloud regions and their availability zones, facts about the real service
//! shared by the client (`--region`, `--zone` completions) and the emulator (which
//! refuses another region with `UnsupportedRegion`, and scopes jobs by zone: Batch is
//! regional, a request sent with `X-TC-Region` only sees the jobs of that region's
//! zones).

/// The public Tencent Cloud regions that `X-TC-Region` may name, financial zones
/// included.
pub const KNOWN_REGIONS: &[&str] = &[
    "ap-guangzhou",
    "ap-shanghai",
    "ap-nanjing",
    "ap-beijing",
    "ap-chengdu",
    "ap-chongqing",
    "ap-hongkong",
    "ap-taipei",
    "ap-singapore",
    "ap-jakarta",
    "ap-seoul",
    "ap-tokyo",
    "ap-mumbai",
    "ap-bangkok",
    "na-siliconvalley",
    "na-ashburn",
    "na-toronto",
    "eu-frankfurt",
    "eu-moscow",
    "sa-saopaulo",
    "ap-shanghai-fsi",
    "ap-shenzhen-fsi",
    "ap-beijing-fsi",
];

/// The availability zones of each known region, in the order the service lists them.
pub const ZONES: &[(&str, &[&str])] = &[
    (
        "ap-guangzhou",
        &[
            "ap-guangzhou-3",
            "ap-guangzhou-4",
            "ap-guangzhou-6",
            "ap-guangzhou-7",
        ],
    ),
    (
        "ap-shanghai",
        &[
            "ap-shanghai-2",
            "ap-shanghai-3",
            "ap-shanghai-4",
            "ap-shanghai-5",
        ],
    ),
    (
        "ap-nanjing",
        &["ap-nanjing-1", "ap-nanjing-2", "ap-nanjing-3"],
    ),
    (
        "ap-beijing",
        &[
            "ap-beijing-3",
            "ap-beijing-5",
            "ap-beijing-6",
            "ap-beijing-7",
        ],
    ),
    ("ap-chengdu", &["ap-chengdu-1", "ap-chengdu-2"]),
    ("ap-chongqing", &["ap-chongqing-1"]),
    ("ap-hongkong", &["ap-hongkong-2", "ap-hongkong-3"]),
    ("ap-taipei", &["ap-taipei-1"]),
    (
        "ap-singapore",
        &["ap-singapore-1", "ap-singapore-2", "ap-singapore-3"],
    ),
    ("ap-jakarta", &["ap-jakarta-1", "ap-jakarta-2"]),
    ("ap-seoul", &["ap-seoul-1", "ap-seoul-2"]),
    ("ap-tokyo", &["ap-tokyo-1", "ap-tokyo-2"]),
    ("ap-mumbai", &["ap-mumbai-1", "ap-mumbai-2"]),
    ("ap-bangkok", &["ap-bangkok-1", "ap-bangkok-2"]),
    (
        "na-siliconvalley",
        &["na-siliconvalley-1", "na-siliconvalley-2"],
    ),
    ("na-ashburn", &["na-ashburn-1", "na-ashburn-2"]),
    ("na-toronto", &["na-toronto-1"]),
    ("eu-frankfurt", &["eu-frankfurt-1", "eu-frankfurt-2"]),
    ("eu-moscow", &["eu-moscow-1"]),
    ("sa-saopaulo", &["sa-saopaulo-1"]),
    (
        "ap-shanghai-fsi",
        &["ap-shanghai-fsi-1", "ap-shanghai-fsi-2"],
    ),
    (
        "ap-shenzhen-fsi",
        &["ap-shenzhen-fsi-1", "ap-shenzhen-fsi-2"],
    ),
    ("ap-beijing-fsi", &["ap-beijing-fsi-1"]),
];

/// The zones of `region` (none for an unknown region).
pub fn zones(region: &str) -> &'static [&'static str] {
    ZONES
        .iter()
        .find(|(r, _)| *r == region)
        .map_or(&[], |(_, zones)| zones)
}

pub fn is_known_region(region: &str) -> bool {
    KNOWN_REGIONS.contains(&region)
}

/// True when `zone` is a zone of a known region.
pub fn is_known_zone(zone: &str) -> bool {
    ZONES.iter().any(|(_, zones)| zones.contains(&zone))
}

/// True when `zone` is a zone of `region`: `<region>-<suffix>` where the suffix holds no
/// further `-`, so `ap-shanghai-fsi-1` belongs to `ap-shanghai-fsi`, not to `ap-shanghai`.
pub fn zone_in_region(zone: &str, region: &str) -> bool {
    zone.strip_prefix(region)
        .and_then(|rest| rest.strip_prefix('-'))
        .is_some_and(|suffix| !suffix.is_empty() && !suffix.contains('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_belong_to_their_region_only() {
        assert!(zone_in_region("ap-guangzhou-4", "ap-guangzhou"));
        assert!(zone_in_region("ap-shanghai-fsi-1", "ap-shanghai-fsi"));
        assert!(!zone_in_region("ap-shanghai-fsi-1", "ap-shanghai"));
        assert!(!zone_in_region("ap-guangzhou", "ap-guangzhou"));
        assert!(!zone_in_region("ap-guangzhou-", "ap-guangzhou"));
        assert!(!zone_in_region("ap-shanghai-2", "ap-guangzhou"));
        assert!(!zone_in_region("ap-guangzhouX-2", "ap-guangzhou"));
    }

    #[test]
    fn every_known_region_has_zones_of_its_own() {
        for region in KNOWN_REGIONS {
            let zones = zones(region);
            assert!(!zones.is_empty(), "{region}");
            assert!(zones.iter().all(|z| zone_in_region(z, region)), "{region}");
        }
        assert_eq!(ZONES.len(), KNOWN_REGIONS.len());
        assert!(zones("ap-guangzhou").contains(&"ap-guangzhou-4"));
        assert!(zones("mars-1").is_empty());
    }

    #[test]
    fn known_regions_include_the_main_ones_and_not_typos() {
        assert!(is_known_region("ap-guangzhou"));
        assert!(is_known_region("na-siliconvalley"));
        assert!(!is_known_region("ap-guangzhuo"));
        assert!(!is_known_region("AP-GUANGZHOU"));
    }

    #[test]
    fn known_zones_are_the_zones_of_known_regions() {
        assert!(is_known_zone("ap-guangzhou-3"));
        assert!(is_known_zone("ap-shanghai-fsi-1"));
        assert!(!is_known_zone("ap-guangzhou-2"));
        assert!(!is_known_zone("ap-guangzhou"));
    }
}
