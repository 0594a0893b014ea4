window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Gilton",
            "screen_name" : "egilton70",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700119626",
            "id" : "700119626"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "9",
      "id_str" : "466994715078587782",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "466994715078587782",
      "created_at" : "Sat Jan 14 22:10:12 +0000 2017",
      "favorited" : false,
      "full_text" : "@egilton70 धन्यवाद",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Malte Fischer",
            "screen_name" : "malte.official",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700031573",
            "id" : "700031573"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "8",
      "id_str" : "672748174784426145",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "672748174784426145",
      "created_at" : "Thu Jan 12 10:11:41 +0000 2017",
      "favorited" : false,
      "full_text" : "@malte.official Haha yes 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bärbel Feldmann 🌍",
            "screen_name" : "barbel.feldmann",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700163369",
            "id" : "700163369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "9",
      "id_str" : "95381062988516318",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "95381062988516318",
      "created_at" : "Wed Jan 11 15:48:42 +0000 2017",
      "favorited" : false,
      "full_text" : "@barbel.feldmann See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Aurélien Beaulier",
            "screen_name" : "abeaulier99",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700079663",
            "id" : "700079663"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "5",
      "id_str" : "986752771891745943",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "986752771891745943",
      "created_at" : "Mon Jan 09 00:18:28 +0000 2017",
      "favorited" : false,
      "full_text" : "@abeaulier99 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "İbrahim Gültürk",
            "screen_name" : "ibrahimgulturk",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700152330",
            "id" : "700152330"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "10",
      "id_str" : "80011474627119575",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "80011474627119575",
      "created_at" : "Sat Jan 07 10:22:34 +0000 2017",
      "favorited" : false,
      "full_text" : "@ibrahimgulturk Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "278492568036328169",
      "in_reply_to_status_id" : "278492568036328169",
      "in_reply_to_user_id" : "700152330",
      "in_reply_to_user_id_str" : "700152330",
      "in_reply_to_screen_name" : "ibrahimgulturk"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "山野悠子",
            "screen_name" : "jap23163",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700049787",
            "id" : "700049787"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "10",
      "id_str" : "112689957459884601",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "112689957459884601",
      "created_at" : "Fri Jan 06 20:16:38 +0000 2017",
      "favorited" : false,
      "full_text" : "@jap23163 Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Malte Fischer",
            "screen_name" : "malte.official",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700031573",
            "id" : "700031573"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "9",
      "id_str" : "140035345380060423",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "140035345380060423",
      "created_at" : "Mon Jan 02 10:01:18 +0000 2017",
      "favorited" : false,
      "full_text" : "@malte.official Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "186939814232433963",
      "in_reply_to_status_id" : "186939814232433963",
      "in_reply_to_user_id" : "700031573",
      "in_reply_to_user_id_str" : "700031573",
      "in_reply_to_screen_name" : "malte.official"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Soházi Gergő ⚽",
            "screen_name" : "gergo_soh60",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700045965",
            "id" : "700045965"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "5",
      "id_str" : "1087544163424428067",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1087544163424428067",
      "created_at" : "Sun Jan 01 01:57:58 +0000 2017",
      "favorited" : false,
      "full_text" : "@gergo_soh60 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "10858318138834406",
      "in_reply_to_status_id" : "10858318138834406",
      "in_reply_to_user_id" : "700045965",
      "in_reply_to_user_id_str" : "700045965",
      "in_reply_to_screen_name" : "gergo_soh60"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "James Bradworth",
            "screen_name" : "jamesbradworth55",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700149439",
            "id" : "700149439"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "11",
      "id_str" : "1532021266383148",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1532021266383148",
      "created_at" : "Wed Dec 28 06:09:20 +0000 2016",
      "favorited" : false,
      "full_text" : "@jamesbradworth55 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1123442275971929881",
      "in_reply_to_status_id" : "1123442275971929881",
      "in_reply_to_user_id" : "700149439",
      "in_reply_to_user_id_str" : "700149439",
      "in_reply_to_screen_name" : "jamesbradworth55"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Gilton",
            "screen_name" : "egilton70",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700119626",
            "id" : "700119626"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "7",
      "id_str" : "989153473707765311",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "989153473707765311",
      "created_at" : "Tue Dec 27 08:50:53 +0000 2016",
      "favorited" : false,
      "full_text" : "@egilton70 That photo is amazing 📸",
      "lang" : "en",
      "in_reply_to_status_id_str" : "286224398709263775",
      "in_reply_to_status_id" : "286224398709263775",
      "in_reply_to_user_id" : "700119626",
      "in_reply_to_user_id_str" : "700119626",
      "in_reply_to_screen_name" : "egilton70"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ксения Панский",
            "screen_name" : "r72415",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700074749",
            "id" : "700074749"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "13",
      "id_str" : "663609343149410086",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "663609343149410086",
      "created_at" : "Sun Dec 25 11:52:56 +0000 2016",
      "favorited" : false,
      "full_text" : "@r72415 Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Deepika Sahni",
            "screen_name" : "deepika84",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700143874",
            "id" : "700143874"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "8",
      "id_str" : "629539259458220909",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "629539259458220909",
      "created_at" : "Sat Dec 24 15:03:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@deepika84 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Gilton",
            "screen_name" : "egilton70",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700119626",
            "id" : "700119626"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "11125470023386725",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "11125470023386725",
      "created_at" : "Thu Dec 22 08:25:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@egilton70 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "423858401147685350",
      "in_reply_to_status_id" : "423858401147685350",
      "in_reply_to_user_id" : "700119626",
      "in_reply_to_user_id_str" : "700119626",
      "in_reply_to_screen_name" : "egilton70"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gülşen Korkmaz",
            "screen_name" : "gkorkmaz6",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700046336",
            "id" : "700046336"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "7",
      "id_str" : "680739498974760969",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "680739498974760969",
      "created_at" : "Tue Dec 20 06:42:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@gkorkmaz6 Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Gilton",
            "screen_name" : "egilton70",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700119626",
            "id" : "700119626"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "10",
      "id_str" : "1006865921420487469",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1006865921420487469",
      "created_at" : "Sat Dec 17 22:59:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@egilton70 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "860200103700369999",
      "in_reply_to_status_id" : "860200103700369999",
      "in_reply_to_user_id" : "700119626",
      "in_reply_to_user_id_str" : "700119626",
      "in_reply_to_screen_name" : "egilton70"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الحربي",
            "screen_name" : "ara97",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700102056",
            "id" : "700102056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "9",
      "id_str" : "593916022777693576",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "593916022777693576",
      "created_at" : "Sat Dec 17 17:40:28 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara97 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "2",
      "id_str" : "613163057888458064",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "613163057888458064",
      "created_at" : "Thu Dec 15 18:12:09 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Axel Forsgren",
            "screen_name" : "aforsgren47",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700154892",
            "id" : "700154892"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "5",
      "id_str" : "1115975929191495301",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1115975929191495301",
      "created_at" : "Thu Dec 15 10:22:04 +0000 2016",
      "favorited" : false,
      "full_text" : "@aforsgren47 That photo is amazing 📸",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "山野悠子",
            "screen_name" : "jap23163",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700049787",
            "id" : "700049787"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "11",
      "id_str" : "370576951262006275",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "370576951262006275",
      "created_at" : "Tue Dec 13 03:15:17 +0000 2016",
      "favorited" : false,
      "full_text" : "@jap23163 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "589694410913599013",
      "in_reply_to_status_id" : "589694410913599013",
      "in_reply_to_user_id" : "700049787",
      "in_reply_to_user_id_str" : "700049787",
      "in_reply_to_screen_name" : "jap23163"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şerife Çetin",
            "screen_name" : "serife_cetin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096764",
            "id" : "700096764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "6",
      "id_str" : "204059868500455141",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "204059868500455141",
      "created_at" : "Tue Dec 13 00:48:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@serife_cetin Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "赵天敏",
            "screen_name" : "chi.real6",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700155711",
            "id" : "700155711"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "10",
      "id_str" : "239544250058231400",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "239544250058231400",
      "created_at" : "Mon Dec 12 10:29:37 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi.real6 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Gilton",
            "screen_name" : "egilton70",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700119626",
            "id" : "700119626"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "7",
      "id_str" : "234020155566450117",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "234020155566450117",
      "created_at" : "Fri Dec 02 21:54:24 +0000 2016",
      "favorited" : false,
      "full_text" : "@egilton70 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "عمر أبو شريف",
            "screen_name" : "ara.xo",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700134900",
            "id" : "700134900"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "7",
      "id_str" : "74495990533840384",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "74495990533840384",
      "created_at" : "Wed Nov 30 14:22:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara.xo Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "12",
      "id_str" : "851828635407870223",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "851828635407870223",
      "created_at" : "Tue Nov 29 13:04:04 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_165 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "958828861303572182",
      "in_reply_to_status_id" : "958828861303572182",
      "in_reply_to_user_id" : "700048079",
      "in_reply_to_user_id_str" : "700048079",
      "in_reply_to_screen_name" : "chi_165"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "İbrahim Gültürk",
            "screen_name" : "ibrahimgulturk",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700152330",
            "id" : "700152330"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "8",
      "id_str" : "378879814797473784",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "378879814797473784",
      "created_at" : "Mon Nov 28 05:45:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@ibrahimgulturk Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lê Phương Nhung",
            "screen_name" : "ple49",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700072992",
            "id" : "700072992"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "7",
      "id_str" : "595248450969764629",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "595248450969764629",
      "created_at" : "Mon Nov 28 04:52:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@ple49 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "566473458590469625",
      "in_reply_to_status_id" : "566473458590469625",
      "in_reply_to_user_id" : "700072992",
      "in_reply_to_user_id_str" : "700072992",
      "in_reply_to_screen_name" : "ple49"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şerife Çetin",
            "screen_name" : "serife_cetin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096764",
            "id" : "700096764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "13",
      "id_str" : "1051434309555607293",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1051434309555607293",
      "created_at" : "Sat Nov 26 19:35:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@serife_cetin Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "802890054451369632",
      "in_reply_to_status_id" : "802890054451369632",
      "in_reply_to_user_id" : "700096764",
      "in_reply_to_user_id_str" : "700096764",
      "in_reply_to_screen_name" : "serife_cetin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gaëlle Dumont",
            "screen_name" : "gaelle95",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700154206",
            "id" : "700154206"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "9",
      "id_str" : "205998920155023986",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "205998920155023986",
      "created_at" : "Sat Nov 26 07:57:39 +0000 2016",
      "favorited" : false,
      "full_text" : "@gaelle95 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1007024277097759073",
      "in_reply_to_status_id" : "1007024277097759073",
      "in_reply_to_user_id" : "700154206",
      "in_reply_to_user_id_str" : "700154206",
      "in_reply_to_screen_name" : "gaelle95"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "عمر أبو شريف",
            "screen_name" : "ara.xo",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700134900",
            "id" : "700134900"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "4",
      "id_str" : "598249520823826042",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "598249520823826042",
      "created_at" : "Sun Nov 20 13:22:04 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara.xo Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ксения Панский",
            "screen_name" : "r72415",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700074749",
            "id" : "700074749"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "10",
      "id_str" : "968071236129358444",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "968071236129358444",
      "created_at" : "Wed Nov 16 00:23:34 +0000 2016",
      "favorited" : false,
      "full_text" : "@r72415 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "220890075633963873",
      "in_reply_to_status_id" : "220890075633963873",
      "in_reply_to_user_id" : "700074749",
      "in_reply_to_user_id_str" : "700074749",
      "in_reply_to_screen_name" : "r72415"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Uwe Goldstein",
            "screen_name" : "uwe70",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700049318",
            "id" : "700049318"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "13",
      "id_str" : "365702197273615301",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "365702197273615301",
      "created_at" : "Tue Nov 08 03:14:27 +0000 2016",
      "favorited" : false,
      "full_text" : "@uwe70 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "108073006191985186",
      "in_reply_to_status_id" : "108073006191985186",
      "in_reply_to_user_id" : "700049318",
      "in_reply_to_user_id_str" : "700049318",
      "in_reply_to_screen_name" : "uwe70"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Aurélien Beaulier",
            "screen_name" : "abeaulier99",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700079663",
            "id" : "700079663"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "12",
      "id_str" : "294214186711177612",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "294214186711177612",
      "created_at" : "Mon Nov 07 11:11:57 +0000 2016",
      "favorited" : false,
      "full_text" : "@abeaulier99 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "579186552033783756",
      "in_reply_to_status_id" : "579186552033783756",
      "in_reply_to_user_id" : "700079663",
      "in_reply_to_user_id_str" : "700079663",
      "in_reply_to_screen_name" : "abeaulier99"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "7",
      "id_str" : "927779101890190453",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "927779101890190453",
      "created_at" : "Sun Nov 06 17:00:28 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_165 Can you send me the slides?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "宮川和衣",
            "screen_name" : "jap_983",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700030558",
            "id" : "700030558"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "15",
      "id_str" : "940260620774804319",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "940260620774804319",
      "created_at" : "Tue Nov 01 12:20:51 +0000 2016",
      "favorited" : false,
      "full_text" : "@jap_983 Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Deepika Sahni",
            "screen_name" : "deepika84",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700143874",
            "id" : "700143874"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "8",
      "id_str" : "637776459975016142",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "637776459975016142",
      "created_at" : "Mon Oct 31 17:05:48 +0000 2016",
      "favorited" : false,
      "full_text" : "@deepika84 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "81711456434055155",
      "in_reply_to_status_id" : "81711456434055155",
      "in_reply_to_user_id" : "700143874",
      "in_reply_to_user_id_str" : "700143874",
      "in_reply_to_screen_name" : "deepika84"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "9",
      "id_str" : "516385152951188529",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "516385152951188529",
      "created_at" : "Mon Oct 31 02:46:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "700059855980333065",
      "in_reply_to_status_id" : "700059855980333065",
      "in_reply_to_user_id" : "700071809",
      "in_reply_to_user_id_str" : "700071809",
      "in_reply_to_screen_name" : "mjohnson41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Henrik Sauer",
            "screen_name" : "henrik_sau92",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700117939",
            "id" : "700117939"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "14",
      "id_str" : "336748088439513005",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "336748088439513005",
      "created_at" : "Sun Oct 30 08:17:09 +0000 2016",
      "favorited" : false,
      "full_text" : "@henrik_sau92 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "765942483563096086",
      "in_reply_to_status_id" : "765942483563096086",
      "in_reply_to_user_id" : "700117939",
      "in_reply_to_user_id_str" : "700117939",
      "in_reply_to_screen_name" : "henrik_sau92"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Danny Echueta",
            "screen_name" : "echuetad",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700013149",
            "id" : "700013149"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "9",
      "id_str" : "462456841987998937",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "462456841987998937",
      "created_at" : "Wed Oct 26 09:20:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@echuetad Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "938313202762476105",
      "in_reply_to_status_id" : "938313202762476105",
      "in_reply_to_user_id" : "700013149",
      "in_reply_to_user_id_str" : "700013149",
      "in_reply_to_screen_name" : "echuetad"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Gilton",
            "screen_name" : "egilton70",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700119626",
            "id" : "700119626"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "6",
      "id_str" : "57894485388237389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "57894485388237389",
      "created_at" : "Sun Oct 23 12:53:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@egilton70 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "543413988986506899",
      "in_reply_to_status_id" : "543413988986506899",
      "in_reply_to_user_id" : "700119626",
      "in_reply_to_user_id_str" : "700119626",
      "in_reply_to_screen_name" : "egilton70"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Gilton",
            "screen_name" : "egilton70",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700119626",
            "id" : "700119626"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "10",
      "id_str" : "547615389479418500",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "547615389479418500",
      "created_at" : "Sun Oct 23 12:10:30 +0000 2016",
      "favorited" : false,
      "full_text" : "@egilton70 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "354787845068216795",
      "in_reply_to_status_id" : "354787845068216795",
      "in_reply_to_user_id" : "700119626",
      "in_reply_to_user_id_str" : "700119626",
      "in_reply_to_screen_name" : "egilton70"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Brandon Goodstone",
            "screen_name" : "brandon.xo",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700020289",
            "id" : "700020289"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "805136503767482155",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "805136503767482155",
      "created_at" : "Sun Oct 23 04:50:57 +0000 2016",
      "favorited" : false,
      "full_text" : "@brandon.xo I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "54600594924677204",
      "in_reply_to_status_id" : "54600594924677204",
      "in_reply_to_user_id" : "700020289",
      "in_reply_to_user_id_str" : "700020289",
      "in_reply_to_screen_name" : "brandon.xo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Solveig Johansson",
            "screen_name" : "solveig.johansson",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700059587",
            "id" : "700059587"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "8",
      "id_str" : "605118005844530757",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "605118005844530757",
      "created_at" : "Sat Oct 22 11:18:15 +0000 2016",
      "favorited" : false,
      "full_text" : "@solveig.johansson Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "914591238456474960",
      "in_reply_to_status_id" : "914591238456474960",
      "in_reply_to_user_id" : "700059587",
      "in_reply_to_user_id_str" : "700059587",
      "in_reply_to_screen_name" : "solveig.johansson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Gilton",
            "screen_name" : "egilton70",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700119626",
            "id" : "700119626"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "741315571176163935",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "741315571176163935",
      "created_at" : "Fri Oct 21 00:54:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@egilton70 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "18698205069342152",
      "in_reply_to_status_id" : "18698205069342152",
      "in_reply_to_user_id" : "700119626",
      "in_reply_to_user_id_str" : "700119626",
      "in_reply_to_screen_name" : "egilton70"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bärbel Feldmann 🌍",
            "screen_name" : "barbel.feldmann",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700163369",
            "id" : "700163369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "7",
      "id_str" : "1079392486192908508",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1079392486192908508",
      "created_at" : "Thu Oct 20 00:38:18 +0000 2016",
      "favorited" : false,
      "full_text" : "@barbel.feldmann Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bärbel Feldmann 🌍",
            "screen_name" : "barbel.feldmann",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700163369",
            "id" : "700163369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "6",
      "id_str" : "1039247074999692550",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1039247074999692550",
      "created_at" : "Mon Oct 17 06:35:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@barbel.feldmann Dziękuję, do zobaczenia",
      "lang" : "en",
      "in_reply_to_status_id_str" : "204409113323808465",
      "in_reply_to_status_id" : "204409113323808465",
      "in_reply_to_user_id" : "700163369",
      "in_reply_to_user_id_str" : "700163369",
      "in_reply_to_screen_name" : "barbel.feldmann"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الحربي",
            "screen_name" : "ara97",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700102056",
            "id" : "700102056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "7",
      "id_str" : "24743324468669154",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "24743324468669154",
      "created_at" : "Thu Oct 13 01:45:59 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara97 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "491300932080021712",
      "in_reply_to_status_id" : "491300932080021712",
      "in_reply_to_user_id" : "700102056",
      "in_reply_to_user_id_str" : "700102056",
      "in_reply_to_screen_name" : "ara97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Gilton",
            "screen_name" : "egilton70",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700119626",
            "id" : "700119626"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "6",
      "id_str" : "350183799673646423",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "350183799673646423",
      "created_at" : "Wed Oct 12 12:52:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@egilton70 Dziękuję, do zobaczenia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şerife Çetin",
            "screen_name" : "serife_cetin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096764",
            "id" : "700096764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "8",
      "id_str" : "984255721520703355",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "984255721520703355",
      "created_at" : "Tue Oct 11 03:44:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@serife_cetin Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "İbrahim Gültürk",
            "screen_name" : "ibrahimgulturk",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700152330",
            "id" : "700152330"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "8",
      "id_str" : "404984268489672189",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "404984268489672189",
      "created_at" : "Fri Oct 07 21:26:29 +0000 2016",
      "favorited" : false,
      "full_text" : "@ibrahimgulturk Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا أبو شمري",
            "screen_name" : "a66425",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700063591",
            "id" : "700063591"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "10",
      "id_str" : "647976574018796475",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "647976574018796475",
      "created_at" : "Thu Sep 29 16:58:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@a66425 See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Gilton",
            "screen_name" : "egilton70",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700119626",
            "id" : "700119626"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "10",
      "id_str" : "880277740548610145",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "880277740548610145",
      "created_at" : "Wed Sep 28 07:15:20 +0000 2016",
      "favorited" : false,
      "full_text" : "@egilton70 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "102151979042716835",
      "in_reply_to_status_id" : "102151979042716835",
      "in_reply_to_user_id" : "700119626",
      "in_reply_to_user_id_str" : "700119626",
      "in_reply_to_screen_name" : "egilton70"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Gilton",
            "screen_name" : "egilton70",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700119626",
            "id" : "700119626"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "10",
      "id_str" : "102514004589541615",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "102514004589541615",
      "created_at" : "Tue Sep 27 04:01:32 +0000 2016",
      "favorited" : false,
      "full_text" : "@egilton70 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1123755705154756196",
      "in_reply_to_status_id" : "1123755705154756196",
      "in_reply_to_user_id" : "700119626",
      "in_reply_to_user_id_str" : "700119626",
      "in_reply_to_screen_name" : "egilton70"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yannick Granmond",
            "screen_name" : "ygranmond75",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700067959",
            "id" : "700067959"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "6",
      "id_str" : "756922622779408018",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "756922622779408018",
      "created_at" : "Sat Sep 24 19:08:15 +0000 2016",
      "favorited" : false,
      "full_text" : "@ygranmond75 Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kjetil Hagen",
            "screen_name" : "hagenk",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700056703",
            "id" : "700056703"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "9",
      "id_str" : "937833135600160505",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "937833135600160505",
      "created_at" : "Mon Sep 19 10:44:40 +0000 2016",
      "favorited" : false,
      "full_text" : "@hagenk Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "64907793123303526",
      "in_reply_to_status_id" : "64907793123303526",
      "in_reply_to_user_id" : "700056703",
      "in_reply_to_user_id_str" : "700056703",
      "in_reply_to_screen_name" : "hagenk"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "山野悠子",
            "screen_name" : "jap23163",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700049787",
            "id" : "700049787"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "7",
      "id_str" : "529461469851840717",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "529461469851840717",
      "created_at" : "Sun Sep 18 03:42:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@jap23163 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "943424092910407761",
      "in_reply_to_status_id" : "943424092910407761",
      "in_reply_to_user_id" : "700049787",
      "in_reply_to_user_id_str" : "700049787",
      "in_reply_to_screen_name" : "jap23163"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elizabeth Gilton",
            "screen_name" : "egilton70",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700119626",
            "id" : "700119626"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "7",
      "id_str" : "1008892397075499804",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1008892397075499804",
      "created_at" : "Sat Sep 17 19:47:15 +0000 2016",
      "favorited" : false,
      "full_text" : "@egilton70 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "387044423668518285",
      "in_reply_to_status_id" : "387044423668518285",
      "in_reply_to_user_id" : "700119626",
      "in_reply_to_user_id_str" : "700119626",
      "in_reply_to_screen_name" : "egilton70"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "9",
      "id_str" : "647757937155458722",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "647757937155458722",
      "created_at" : "Sat Sep 17 07:27:58 +0000 2016",
      "favorited" : false,
      "full_text" : "@fairleyj Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "883497154671732607",
      "in_reply_to_status_id" : "883497154671732607",
      "in_reply_to_user_id" : "700007444",
      "in_reply_to_user_id_str" : "700007444",
      "in_reply_to_screen_name" : "fairleyj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Horváth Judit",
            "screen_name" : "jhorvath97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700041331",
            "id" : "700041331"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "9",
      "id_str" : "141174455904964903",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "141174455904964903",
      "created_at" : "Fri Sep 16 18:00:58 +0000 2016",
      "favorited" : false,
      "full_text" : "@jhorvath97 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "868589947274863191",
      "in_reply_to_status_id" : "868589947274863191",
      "in_reply_to_user_id" : "700041331",
      "in_reply_to_user_id_str" : "700041331",
      "in_reply_to_screen_name" : "jhorvath97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Hautnoir",
            "screen_name" : "nathalie.music",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700156971",
            "id" : "700156971"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "5",
      "id_str" : "61040515635473655",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "61040515635473655",
      "created_at" : "Thu Sep 08 15:14:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@nathalie.music Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "888789816784027119",
      "in_reply_to_status_id" : "888789816784027119",
      "in_reply_to_user_id" : "700156971",
      "in_reply_to_user_id_str" : "700156971",
      "in_reply_to_screen_name" : "nathalie.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bärbel Feldmann 🌍",
            "screen_name" : "barbel.feldmann",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700163369",
            "id" : "700163369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "8",
      "id_str" : "868527231518109729",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "868527231518109729",
      "created_at" : "Thu Sep 08 05:14:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@barbel.feldmann OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "47160940037787822",
      "in_reply_to_status_id" : "47160940037787822",
      "in_reply_to_user_id" : "700163369",
      "in_reply_to_user_id_str" : "700163369",
      "in_reply_to_screen_name" : "barbel.feldmann"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Szabó Jenő",
            "screen_name" : "jeno.official",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700053980",
            "id" : "700053980"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "9",
      "id_str" : "952038958901370613",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "952038958901370613",
      "created_at" : "Wed Sep 07 17:55:53 +0000 2016",
      "favorited" : false,
      "full_text" : "@jeno.official Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "21091331151035367",
      "in_reply_to_status_id" : "21091331151035367",
      "in_reply_to_user_id" : "700053980",
      "in_reply_to_user_id_str" : "700053980",
      "in_reply_to_screen_name" : "jeno.official"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιάννης Φραγκάκης",
            "screen_name" : "099g",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700009474",
            "id" : "700009474"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "7",
      "id_str" : "1139682198592914994",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1139682198592914994",
      "created_at" : "Wed Sep 07 06:13:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@099g Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1073591776639821892",
      "in_reply_to_status_id" : "1073591776639821892",
      "in_reply_to_user_id" : "700009474",
      "in_reply_to_user_id_str" : "700009474",
      "in_reply_to_screen_name" : "099g"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Henrik Sauer",
            "screen_name" : "henrik_sau92",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700117939",
            "id" : "700117939"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "8",
      "id_str" : "579214236893201540",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "579214236893201540",
      "created_at" : "Mon Sep 05 11:00:15 +0000 2016",
      "favorited" : false,
      "full_text" : "@henrik_sau92 धन्यवाद",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathan Smith",
            "screen_name" : "nathansmith91",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700021262",
            "id" : "700021262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "12",
      "id_str" : "292389152413296328",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "292389152413296328",
      "created_at" : "Sun Sep 04 16:03:34 +0000 2016",
      "favorited" : false,
      "full_text" : "@nathansmith91 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "741982792115546520",
      "in_reply_to_status_id" : "741982792115546520",
      "in_reply_to_user_id" : "700021262",
      "in_reply_to_user_id_str" : "700021262",
      "in_reply_to_screen_name" : "nathansmith91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kevin Wright",
            "screen_name" : "kevinwright",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700103015",
            "id" : "700103015"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "8",
      "id_str" : "938308058018072832",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "938308058018072832",
      "created_at" : "Fri Sep 02 09:09:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@kevinwright Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "706140375893505517",
      "in_reply_to_status_id" : "706140375893505517",
      "in_reply_to_user_id" : "700103015",
      "in_reply_to_user_id_str" : "700103015",
      "in_reply_to_screen_name" : "kevinwright"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الحربي",
            "screen_name" : "ara97",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700102056",
            "id" : "700102056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "6",
      "id_str" : "1105020480937988075",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1105020480937988075",
      "created_at" : "Wed Aug 31 20:58:19 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara97 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "593331962012912713",
      "in_reply_to_status_id" : "593331962012912713",
      "in_reply_to_user_id" : "700102056",
      "in_reply_to_user_id_str" : "700102056",
      "in_reply_to_screen_name" : "ara97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Horváth Judit",
            "screen_name" : "jhorvath97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700041331",
            "id" : "700041331"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "11",
      "id_str" : "698181663181444986",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "698181663181444986",
      "created_at" : "Wed Aug 31 06:27:24 +0000 2016",
      "favorited" : false,
      "full_text" : "@jhorvath97 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "487518225082218243",
      "in_reply_to_status_id" : "487518225082218243",
      "in_reply_to_user_id" : "700041331",
      "in_reply_to_user_id_str" : "700041331",
      "in_reply_to_screen_name" : "jhorvath97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yannick Charville",
            "screen_name" : "yannick98",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700161311",
            "id" : "700161311"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "13",
      "id_str" : "911500248408934763",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "911500248408934763",
      "created_at" : "Tue Aug 30 15:33:14 +0000 2016",
      "favorited" : false,
      "full_text" : "@yannick98 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "578982751959453079",
      "in_reply_to_status_id" : "578982751959453079",
      "in_reply_to_user_id" : "700161311",
      "in_reply_to_user_id_str" : "700161311",
      "in_reply_to_screen_name" : "yannick98"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hannah Schneider",
            "screen_name" : "hannah.schneider",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700089582",
            "id" : "700089582"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "10",
      "id_str" : "114835677799327774",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "114835677799327774",
      "created_at" : "Thu Aug 25 08:27:30 +0000 2016",
      "favorited" : false,
      "full_text" : "@hannah.schneider Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "867513117571318615",
      "in_reply_to_status_id" : "867513117571318615",
      "in_reply_to_user_id" : "700089582",
      "in_reply_to_user_id_str" : "700089582",
      "in_reply_to_screen_name" : "hannah.schneider"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Brandon Goodstone",
            "screen_name" : "brandon.xo",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700020289",
            "id" : "700020289"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "9",
      "id_str" : "223729515927717652",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "223729515927717652",
      "created_at" : "Thu Aug 25 08:24:56 +0000 2016",
      "favorited" : false,
      "full_text" : "@brandon.xo Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "667487986010349652",
      "in_reply_to_status_id" : "667487986010349652",
      "in_reply_to_user_id" : "700020289",
      "in_reply_to_user_id_str" : "700020289",
      "in_reply_to_screen_name" : "brandon.xo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sebastião Coreiro",
            "screen_name" : "sebastiao_cor81",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700144028",
            "id" : "700144028"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "12",
      "id_str" : "505225356747175284",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "505225356747175284",
      "created_at" : "Mon Aug 22 20:37:41 +0000 2016",
      "favorited" : false,
      "full_text" : "@sebastiao_cor81 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaux Chaufort",
            "screen_name" : "margaux.music",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700136503",
            "id" : "700136503"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "8",
      "id_str" : "642840977419571905",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "642840977419571905",
      "created_at" : "Mon Aug 22 01:40:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@margaux.music Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hugo Åkerberg",
            "screen_name" : "hugoakerberg",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700043837",
            "id" : "700043837"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "10",
      "id_str" : "123968763502080944",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "123968763502080944",
      "created_at" : "Sun Aug 21 17:08:54 +0000 2016",
      "favorited" : false,
      "full_text" : "@hugoakerberg Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hannah Schneider",
            "screen_name" : "hannah.schneider",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700089582",
            "id" : "700089582"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "11",
      "id_str" : "726618290481144493",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "726618290481144493",
      "created_at" : "Sun Aug 21 10:46:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@hannah.schneider Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lucía Garrido",
            "screen_name" : "lucia_garrido",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700135691",
            "id" : "700135691"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "6",
      "id_str" : "930951695395772731",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "930951695395772731",
      "created_at" : "Sun Aug 21 05:02:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@lucia_garrido Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1086389681598621221",
      "in_reply_to_status_id" : "1086389681598621221",
      "in_reply_to_user_id" : "700135691",
      "in_reply_to_user_id_str" : "700135691",
      "in_reply_to_screen_name" : "lucia_garrido"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الحربي",
            "screen_name" : "ara97",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700102056",
            "id" : "700102056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "7",
      "id_str" : "292832862030006898",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "292832862030006898",
      "created_at" : "Sat Aug 20 21:31:04 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara97 See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Horváth Judit",
            "screen_name" : "jhorvath97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700041331",
            "id" : "700041331"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "7",
      "id_str" : "1091351792320635387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1091351792320635387",
      "created_at" : "Thu Aug 18 23:34:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@jhorvath97 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "566029733637041408",
      "in_reply_to_status_id" : "566029733637041408",
      "in_reply_to_user_id" : "700041331",
      "in_reply_to_user_id_str" : "700041331",
      "in_reply_to_screen_name" : "jhorvath97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kjetil Hagen",
            "screen_name" : "hagenk",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700056703",
            "id" : "700056703"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "4",
      "id_str" : "1140037428688310760",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1140037428688310760",
      "created_at" : "Thu Aug 18 22:44:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@hagenk OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Julien Montcourt",
            "screen_name" : "julienmontcourt7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700051103",
            "id" : "700051103"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "5",
      "id_str" : "1107208238550507502",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1107208238550507502",
      "created_at" : "Thu Aug 11 20:19:34 +0000 2016",
      "favorited" : false,
      "full_text" : "@julienmontcourt7 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "484914704502141489",
      "in_reply_to_status_id" : "484914704502141489",
      "in_reply_to_user_id" : "700051103",
      "in_reply_to_user_id_str" : "700051103",
      "in_reply_to_screen_name" : "julienmontcourt7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Henrik Sauer",
            "screen_name" : "henrik_sau92",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700117939",
            "id" : "700117939"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "4",
      "id_str" : "890557584923150098",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "890557584923150098",
      "created_at" : "Wed Aug 10 07:52:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@henrik_sau92 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "554638273810014813",
      "in_reply_to_status_id" : "554638273810014813",
      "in_reply_to_user_id" : "700117939",
      "in_reply_to_user_id_str" : "700117939",
      "in_reply_to_screen_name" : "henrik_sau92"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Kühn",
            "screen_name" : "sophie.photo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700082603",
            "id" : "700082603"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "8",
      "id_str" : "1048633886116332004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1048633886116332004",
      "created_at" : "Wed Aug 10 04:09:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@sophie.photo OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "737226438643031306",
      "in_reply_to_status_id" : "737226438643031306",
      "in_reply_to_user_id" : "700082603",
      "in_reply_to_user_id_str" : "700082603",
      "in_reply_to_screen_name" : "sophie.photo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Danny Echueta",
            "screen_name" : "echuetad",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700013149",
            "id" : "700013149"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "13",
      "id_str" : "723663070737755046",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "723663070737755046",
      "created_at" : "Tue Aug 09 07:18:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@echuetad Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1081913803331281197",
      "in_reply_to_status_id" : "1081913803331281197",
      "in_reply_to_user_id" : "700013149",
      "in_reply_to_user_id_str" : "700013149",
      "in_reply_to_screen_name" : "echuetad"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Régis Foubois",
            "screen_name" : "rfoubois41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700109497",
            "id" : "700109497"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "9",
      "id_str" : "161525772720419113",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "161525772720419113",
      "created_at" : "Tue Aug 09 03:23:08 +0000 2016",
      "favorited" : false,
      "full_text" : "@rfoubois41 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "274725130858604129",
      "in_reply_to_status_id" : "274725130858604129",
      "in_reply_to_user_id" : "700109497",
      "in_reply_to_user_id_str" : "700109497",
      "in_reply_to_screen_name" : "rfoubois41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yannick Charville",
            "screen_name" : "yannick98",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700161311",
            "id" : "700161311"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "10",
      "id_str" : "415455816471343181",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "415455816471343181",
      "created_at" : "Sun Aug 07 13:10:24 +0000 2016",
      "favorited" : false,
      "full_text" : "@yannick98 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "901398445751500719",
      "in_reply_to_status_id" : "901398445751500719",
      "in_reply_to_user_id" : "700161311",
      "in_reply_to_user_id_str" : "700161311",
      "in_reply_to_screen_name" : "yannick98"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Henrik Sauer",
            "screen_name" : "henrik_sau92",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700117939",
            "id" : "700117939"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "6",
      "id_str" : "57393302078530883",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "57393302078530883",
      "created_at" : "Thu Aug 04 10:27:27 +0000 2016",
      "favorited" : false,
      "full_text" : "@henrik_sau92 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "181629281996073734",
      "in_reply_to_status_id" : "181629281996073734",
      "in_reply_to_user_id" : "700117939",
      "in_reply_to_user_id_str" : "700117939",
      "in_reply_to_screen_name" : "henrik_sau92"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bärbel Feldmann 🌍",
            "screen_name" : "barbel.feldmann",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700163369",
            "id" : "700163369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "5",
      "id_str" : "821437565533343819",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "821437565533343819",
      "created_at" : "Thu Aug 04 03:51:09 +0000 2016",
      "favorited" : false,
      "full_text" : "@barbel.feldmann Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "826796434346186071",
      "in_reply_to_status_id" : "826796434346186071",
      "in_reply_to_user_id" : "700163369",
      "in_reply_to_user_id_str" : "700163369",
      "in_reply_to_screen_name" : "barbel.feldmann"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Hautnoir",
            "screen_name" : "nathalie.music",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700156971",
            "id" : "700156971"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "6",
      "id_str" : "214154129777443398",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "214154129777443398",
      "created_at" : "Tue Aug 02 02:43:04 +0000 2016",
      "favorited" : false,
      "full_text" : "@nathalie.music Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1111172556375171183",
      "in_reply_to_status_id" : "1111172556375171183",
      "in_reply_to_user_id" : "700156971",
      "in_reply_to_user_id_str" : "700156971",
      "in_reply_to_screen_name" : "nathalie.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şerife Çetin",
            "screen_name" : "serife_cetin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096764",
            "id" : "700096764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "9",
      "id_str" : "1087998422569255340",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1087998422569255340",
      "created_at" : "Mon Aug 01 19:18:35 +0000 2016",
      "favorited" : false,
      "full_text" : "@serife_cetin Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "8",
      "id_str" : "828938203042324881",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "828938203042324881",
      "created_at" : "Sun Jul 31 13:20:04 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_165 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "973622870763324964",
      "in_reply_to_status_id" : "973622870763324964",
      "in_reply_to_user_id" : "700048079",
      "in_reply_to_user_id_str" : "700048079",
      "in_reply_to_screen_name" : "chi_165"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andreas Eschbach",
            "screen_name" : "andreas_eschbach",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700094293",
            "id" : "700094293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "7",
      "id_str" : "773350586865087117",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "773350586865087117",
      "created_at" : "Sat Jul 30 09:21:17 +0000 2016",
      "favorited" : false,
      "full_text" : "@andreas_eschbach I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "10250651774198879",
      "in_reply_to_status_id" : "10250651774198879",
      "in_reply_to_user_id" : "700094293",
      "in_reply_to_user_id_str" : "700094293",
      "in_reply_to_screen_name" : "andreas_eschbach"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Horváth Judit",
            "screen_name" : "jhorvath97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700041331",
            "id" : "700041331"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "7",
      "id_str" : "508146025168274525",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "508146025168274525",
      "created_at" : "Fri Jul 29 15:01:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@jhorvath97 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "135438477805129804",
      "in_reply_to_status_id" : "135438477805129804",
      "in_reply_to_user_id" : "700041331",
      "in_reply_to_user_id_str" : "700041331",
      "in_reply_to_screen_name" : "jhorvath97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sébastien Vauville ✨",
            "screen_name" : "sebastien_vauville",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700041625",
            "id" : "700041625"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "6",
      "id_str" : "779428556861382889",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "779428556861382889",
      "created_at" : "Tue Jul 26 23:26:55 +0000 2016",
      "favorited" : false,
      "full_text" : "@sebastien_vauville I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şerife Çetin",
            "screen_name" : "serife_cetin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096764",
            "id" : "700096764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "8",
      "id_str" : "6755972669387432",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "6755972669387432",
      "created_at" : "Tue Jul 26 20:35:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@serife_cetin I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Aurélien Beaulier",
            "screen_name" : "abeaulier99",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700079663",
            "id" : "700079663"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "7",
      "id_str" : "86760455755504584",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "86760455755504584",
      "created_at" : "Tue Jul 26 07:58:14 +0000 2016",
      "favorited" : false,
      "full_text" : "@abeaulier99 Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şerife Çetin",
            "screen_name" : "serife_cetin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096764",
            "id" : "700096764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "9",
      "id_str" : "189854566666677329",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "189854566666677329",
      "created_at" : "Sun Jul 24 14:22:29 +0000 2016",
      "favorited" : false,
      "full_text" : "@serife_cetin Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "150295647505975497",
      "in_reply_to_status_id" : "150295647505975497",
      "in_reply_to_user_id" : "700096764",
      "in_reply_to_user_id_str" : "700096764",
      "in_reply_to_screen_name" : "serife_cetin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kevin Wright",
            "screen_name" : "kevinwright",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700103015",
            "id" : "700103015"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "12",
      "id_str" : "768524885770901368",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "768524885770901368",
      "created_at" : "Sat Jul 23 00:44:49 +0000 2016",
      "favorited" : false,
      "full_text" : "@kevinwright OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Horváth István",
            "screen_name" : "istvanhorvath",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700096323",
            "id" : "700096323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "3",
      "id_str" : "785843358454483135",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "785843358454483135",
      "created_at" : "Wed Jul 20 04:51:35 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvanhorvath Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "915962787222464351",
      "in_reply_to_status_id" : "915962787222464351",
      "in_reply_to_user_id" : "700096323",
      "in_reply_to_user_id_str" : "700096323",
      "in_reply_to_screen_name" : "istvanhorvath"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Brandon Goodstone",
            "screen_name" : "brandon.xo",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700020289",
            "id" : "700020289"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "13",
      "id_str" : "346114225414796667",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "346114225414796667",
      "created_at" : "Mon Jul 18 23:02:37 +0000 2016",
      "favorited" : false,
      "full_text" : "@brandon.xo Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "905142301298719158",
      "in_reply_to_status_id" : "905142301298719158",
      "in_reply_to_user_id" : "700020289",
      "in_reply_to_user_id_str" : "700020289",
      "in_reply_to_screen_name" : "brandon.xo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hugo Åkerberg",
            "screen_name" : "hugoakerberg",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700043837",
            "id" : "700043837"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "5",
      "id_str" : "256589863885522219",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "256589863885522219",
      "created_at" : "Mon Jul 18 18:14:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@hugoakerberg Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "427331043923704583",
      "in_reply_to_status_id" : "427331043923704583",
      "in_reply_to_user_id" : "700043837",
      "in_reply_to_user_id_str" : "700043837",
      "in_reply_to_screen_name" : "hugoakerberg"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yannick Charville",
            "screen_name" : "yannick98",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700161311",
            "id" : "700161311"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "13",
      "id_str" : "1112594695216525201",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1112594695216525201",
      "created_at" : "Mon Jul 18 18:07:37 +0000 2016",
      "favorited" : false,
      "full_text" : "@yannick98 Can you send me the slides?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bärbel Feldmann 🌍",
            "screen_name" : "barbel.feldmann",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700163369",
            "id" : "700163369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "8",
      "id_str" : "791187933453095906",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "791187933453095906",
      "created_at" : "Mon Jul 18 03:48:51 +0000 2016",
      "favorited" : false,
      "full_text" : "@barbel.feldmann Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "955900526657631061",
      "in_reply_to_status_id" : "955900526657631061",
      "in_reply_to_user_id" : "700163369",
      "in_reply_to_user_id_str" : "700163369",
      "in_reply_to_screen_name" : "barbel.feldmann"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ελένη Παυλάτος",
            "screen_name" : "g20698",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700112689",
            "id" : "700112689"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "11",
      "id_str" : "649312837153726276",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "649312837153726276",
      "created_at" : "Sat Jul 16 14:33:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@g20698 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şerife Çetin",
            "screen_name" : "serife_cetin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096764",
            "id" : "700096764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "8",
      "id_str" : "805018717314600676",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "805018717314600676",
      "created_at" : "Thu Jul 14 12:54:41 +0000 2016",
      "favorited" : false,
      "full_text" : "@serife_cetin Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "485236913960694943",
      "in_reply_to_status_id" : "485236913960694943",
      "in_reply_to_user_id" : "700096764",
      "in_reply_to_user_id_str" : "700096764",
      "in_reply_to_screen_name" : "serife_cetin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Horváth István",
            "screen_name" : "istvanhorvath",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700096323",
            "id" : "700096323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "8",
      "id_str" : "427827328040614812",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "427827328040614812",
      "created_at" : "Tue Jul 12 21:08:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvanhorvath Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sebastião Coreiro",
            "screen_name" : "sebastiao_cor81",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700144028",
            "id" : "700144028"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "8",
      "id_str" : "611061334562697640",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "611061334562697640",
      "created_at" : "Tue Jul 12 08:39:27 +0000 2016",
      "favorited" : false,
      "full_text" : "@sebastiao_cor81 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "402129812670686996",
      "in_reply_to_status_id" : "402129812670686996",
      "in_reply_to_user_id" : "700144028",
      "in_reply_to_user_id_str" : "700144028",
      "in_reply_to_screen_name" : "sebastiao_cor81"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الحربي",
            "screen_name" : "ara97",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700102056",
            "id" : "700102056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "6",
      "id_str" : "789966114074514791",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "789966114074514791",
      "created_at" : "Mon Jul 11 23:48:27 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara97 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "هدى سقا",
            "screen_name" : "ara.839",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700000472",
            "id" : "700000472"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "7",
      "id_str" : "365847604990462641",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "365847604990462641",
      "created_at" : "Mon Jul 11 09:57:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara.839 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1125844188855190465",
      "in_reply_to_status_id" : "1125844188855190465",
      "in_reply_to_user_id" : "700000472",
      "in_reply_to_user_id_str" : "700000472",
      "in_reply_to_screen_name" : "ara.839"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathan Smith",
            "screen_name" : "nathansmith91",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700021262",
            "id" : "700021262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "4",
      "id_str" : "240730758501897843",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "240730758501897843",
      "created_at" : "Mon Jul 11 04:31:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@nathansmith91 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "309527522856371874",
      "in_reply_to_status_id" : "309527522856371874",
      "in_reply_to_user_id" : "700021262",
      "in_reply_to_user_id_str" : "700021262",
      "in_reply_to_screen_name" : "nathansmith91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hugo Åkerberg",
            "screen_name" : "hugoakerberg",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700043837",
            "id" : "700043837"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "7",
      "id_str" : "722479054811433613",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "722479054811433613",
      "created_at" : "Sun Jul 10 23:24:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@hugoakerberg Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1133208024221880268",
      "in_reply_to_status_id" : "1133208024221880268",
      "in_reply_to_user_id" : "700043837",
      "in_reply_to_user_id_str" : "700043837",
      "in_reply_to_screen_name" : "hugoakerberg"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şerife Çetin",
            "screen_name" : "serife_cetin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096764",
            "id" : "700096764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "621805649414219831",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "621805649414219831",
      "created_at" : "Sat Jul 09 21:35:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@serife_cetin Ευχαριστώ πολύ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hugo Åkerberg",
            "screen_name" : "hugoakerberg",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700043837",
            "id" : "700043837"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "11",
      "id_str" : "516878145342988507",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "516878145342988507",
      "created_at" : "Fri Jul 08 02:47:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@hugoakerberg Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "882931109235158951",
      "in_reply_to_status_id" : "882931109235158951",
      "in_reply_to_user_id" : "700043837",
      "in_reply_to_user_id_str" : "700043837",
      "in_reply_to_screen_name" : "hugoakerberg"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dieter Neumann",
            "screen_name" : "dieter.neumann",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700012946",
            "id" : "700012946"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "2",
      "id_str" : "519332974646865149",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "519332974646865149",
      "created_at" : "Wed Jul 06 14:37:14 +0000 2016",
      "favorited" : false,
      "full_text" : "@dieter.neumann Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ebba Fjellström",
            "screen_name" : "ebba_fjellstrom",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700108454",
            "id" : "700108454"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "8",
      "id_str" : "1103119187414144497",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1103119187414144497",
      "created_at" : "Mon Jul 04 11:43:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@ebba_fjellstrom Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bärbel Feldmann 🌍",
            "screen_name" : "barbel.feldmann",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700163369",
            "id" : "700163369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "9",
      "id_str" : "478920515572221720",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "478920515572221720",
      "created_at" : "Mon Jul 04 06:44:19 +0000 2016",
      "favorited" : false,
      "full_text" : "@barbel.feldmann Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şerife Çetin",
            "screen_name" : "serife_cetin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096764",
            "id" : "700096764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "880318820483405986",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "880318820483405986",
      "created_at" : "Sun Jul 03 12:19:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@serife_cetin Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "366768824908743135",
      "in_reply_to_status_id" : "366768824908743135",
      "in_reply_to_user_id" : "700096764",
      "in_reply_to_user_id_str" : "700096764",
      "in_reply_to_screen_name" : "serife_cetin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şerife Çetin",
            "screen_name" : "serife_cetin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096764",
            "id" : "700096764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "10",
      "id_str" : "925107574075737541",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "925107574075737541",
      "created_at" : "Sat Jul 02 13:22:35 +0000 2016",
      "favorited" : false,
      "full_text" : "@serife_cetin Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bärbel Feldmann 🌍",
            "screen_name" : "barbel.feldmann",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700163369",
            "id" : "700163369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "3",
      "id_str" : "604221325477363911",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "604221325477363911",
      "created_at" : "Sat Jul 02 00:47:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@barbel.feldmann Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hugo Åkerberg",
            "screen_name" : "hugoakerberg",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700043837",
            "id" : "700043837"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "7",
      "id_str" : "573588155270597644",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "573588155270597644",
      "created_at" : "Fri Jul 01 17:48:04 +0000 2016",
      "favorited" : false,
      "full_text" : "@hugoakerberg Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şerife Çetin",
            "screen_name" : "serife_cetin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096764",
            "id" : "700096764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "10",
      "id_str" : "1012505465961297228",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1012505465961297228",
      "created_at" : "Fri Jul 01 05:11:29 +0000 2016",
      "favorited" : false,
      "full_text" : "@serife_cetin Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "754645268540586431",
      "in_reply_to_status_id" : "754645268540586431",
      "in_reply_to_user_id" : "700096764",
      "in_reply_to_user_id_str" : "700096764",
      "in_reply_to_screen_name" : "serife_cetin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Németh Mária",
            "screen_name" : "marianemeth20",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700116434",
            "id" : "700116434"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "11",
      "id_str" : "613103032097128987",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "613103032097128987",
      "created_at" : "Thu Jun 30 09:22:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@marianemeth20 Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kjetil Hagen",
            "screen_name" : "hagenk",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700056703",
            "id" : "700056703"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "6",
      "id_str" : "74971470325062919",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "74971470325062919",
      "created_at" : "Thu Jun 30 07:59:01 +0000 2016",
      "favorited" : false,
      "full_text" : "@hagenk See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "603243083499634776",
      "in_reply_to_status_id" : "603243083499634776",
      "in_reply_to_user_id" : "700056703",
      "in_reply_to_user_id_str" : "700056703",
      "in_reply_to_screen_name" : "hagenk"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kjetil Hagen",
            "screen_name" : "hagenk",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700056703",
            "id" : "700056703"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "7",
      "id_str" : "1105220583652115662",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1105220583652115662",
      "created_at" : "Wed Jun 29 06:23:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@hagenk Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "234761867671481110",
      "in_reply_to_status_id" : "234761867671481110",
      "in_reply_to_user_id" : "700056703",
      "in_reply_to_user_id_str" : "700056703",
      "in_reply_to_screen_name" : "hagenk"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şerife Çetin",
            "screen_name" : "serife_cetin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096764",
            "id" : "700096764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "10",
      "id_str" : "407905886575620306",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "407905886575620306",
      "created_at" : "Tue Jun 28 12:15:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@serife_cetin Danke dir, bis später",
      "lang" : "en",
      "in_reply_to_status_id_str" : "781297355032596595",
      "in_reply_to_status_id" : "781297355032596595",
      "in_reply_to_user_id" : "700096764",
      "in_reply_to_user_id_str" : "700096764",
      "in_reply_to_screen_name" : "serife_cetin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Hautnoir",
            "screen_name" : "nathalie.music",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700156971",
            "id" : "700156971"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "3",
      "id_str" : "641863003469992566",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "641863003469992566",
      "created_at" : "Tue Jun 28 05:45:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@nathalie.music Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bärbel Feldmann 🌍",
            "screen_name" : "barbel.feldmann",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700163369",
            "id" : "700163369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "7",
      "id_str" : "849423363156485190",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "849423363156485190",
      "created_at" : "Mon Jun 27 16:20:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@barbel.feldmann Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1120447520507586774",
      "in_reply_to_status_id" : "1120447520507586774",
      "in_reply_to_user_id" : "700163369",
      "in_reply_to_user_id_str" : "700163369",
      "in_reply_to_screen_name" : "barbel.feldmann"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Horváth István",
            "screen_name" : "istvanhorvath",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700096323",
            "id" : "700096323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "16",
      "id_str" : "954376665801407037",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "954376665801407037",
      "created_at" : "Mon Jun 27 10:57:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvanhorvath Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hugo Åkerberg",
            "screen_name" : "hugoakerberg",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700043837",
            "id" : "700043837"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "5",
      "id_str" : "224115156442376224",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "224115156442376224",
      "created_at" : "Sat Jun 25 17:47:32 +0000 2016",
      "favorited" : false,
      "full_text" : "@hugoakerberg Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "258182388864199992",
      "in_reply_to_status_id" : "258182388864199992",
      "in_reply_to_user_id" : "700043837",
      "in_reply_to_user_id_str" : "700043837",
      "in_reply_to_screen_name" : "hugoakerberg"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Horváth Judit",
            "screen_name" : "jhorvath97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700041331",
            "id" : "700041331"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "9",
      "id_str" : "1026258742697259730",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1026258742697259730",
      "created_at" : "Sat Jun 25 01:25:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@jhorvath97 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1077896114812657956",
      "in_reply_to_status_id" : "1077896114812657956",
      "in_reply_to_user_id" : "700041331",
      "in_reply_to_user_id_str" : "700041331",
      "in_reply_to_screen_name" : "jhorvath97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şerife Çetin",
            "screen_name" : "serife_cetin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096764",
            "id" : "700096764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "4",
      "id_str" : "220627457011131356",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "220627457011131356",
      "created_at" : "Fri Jun 24 16:22:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@serife_cetin Haha yes 😂",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1021973512319730400",
      "in_reply_to_status_id" : "1021973512319730400",
      "in_reply_to_user_id" : "700096764",
      "in_reply_to_user_id_str" : "700096764",
      "in_reply_to_screen_name" : "serife_cetin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bärbel Feldmann 🌍",
            "screen_name" : "barbel.feldmann",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700163369",
            "id" : "700163369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "7",
      "id_str" : "383295894464960809",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "383295894464960809",
      "created_at" : "Tue Jun 21 17:30:56 +0000 2016",
      "favorited" : false,
      "full_text" : "@barbel.feldmann See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andreas Eschbach",
            "screen_name" : "andreas_eschbach",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700094293",
            "id" : "700094293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "5",
      "id_str" : "823917307889674185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "823917307889674185",
      "created_at" : "Tue Jun 21 12:49:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@andreas_eschbach OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "836760873596992644",
      "in_reply_to_status_id" : "836760873596992644",
      "in_reply_to_user_id" : "700094293",
      "in_reply_to_user_id_str" : "700094293",
      "in_reply_to_screen_name" : "andreas_eschbach"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şerife Çetin",
            "screen_name" : "serife_cetin",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096764",
            "id" : "700096764"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "6",
      "id_str" : "586377306786639033",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "586377306786639033",
      "created_at" : "Tue Jun 21 03:44:19 +0000 2016",
      "favorited" : false,
      "full_text" : "@serife_cetin Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kjetil Hagen",
            "screen_name" : "hagenk",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700056703",
            "id" : "700056703"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "3",
      "id_str" : "464548551767277050",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "464548551767277050",
      "created_at" : "Mon Jun 20 13:13:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@hagenk ありがとう！",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1052278384485951161",
      "in_reply_to_status_id" : "1052278384485951161",
      "in_reply_to_user_id" : "700056703",
      "in_reply_to_user_id_str" : "700056703",
      "in_reply_to_screen_name" : "hagenk"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sébastien Vauville ✨",
            "screen_name" : "sebastien_vauville",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700041625",
            "id" : "700041625"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "4",
      "id_str" : "662289576405558011",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "662289576405558011",
      "created_at" : "Mon Jun 20 08:53:32 +0000 2016",
      "favorited" : false,
      "full_text" : "@sebastien_vauville Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "786463108933809267",
      "in_reply_to_status_id" : "786463108933809267",
      "in_reply_to_user_id" : "700041625",
      "in_reply_to_user_id_str" : "700041625",
      "in_reply_to_screen_name" : "sebastien_vauville"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الحربي",
            "screen_name" : "ara97",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700102056",
            "id" : "700102056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "7",
      "id_str" : "915171632048741605",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "915171632048741605",
      "created_at" : "Sun Jun 19 10:16:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara97 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "11",
      "id_str" : "318570469272978627",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "318570469272978627",
      "created_at" : "Sat Jun 18 15:04:01 +0000 2016",
      "favorited" : false,
      "full_text" : "@gre64872 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kevin Wright",
            "screen_name" : "kevinwright",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700103015",
            "id" : "700103015"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "10",
      "id_str" : "967192015783491819",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "967192015783491819",
      "created_at" : "Fri Jun 17 07:20:17 +0000 2016",
      "favorited" : false,
      "full_text" : "@kevinwright Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "325652256847180474",
      "in_reply_to_status_id" : "325652256847180474",
      "in_reply_to_user_id" : "700103015",
      "in_reply_to_user_id_str" : "700103015",
      "in_reply_to_screen_name" : "kevinwright"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Paul Ellis 🇺🇦",
            "screen_name" : "paul.official",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700039217",
            "id" : "700039217"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "6",
      "id_str" : "874672014928397841",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "874672014928397841",
      "created_at" : "Fri Jun 17 05:45:09 +0000 2016",
      "favorited" : false,
      "full_text" : "@paul.official See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "109556568547703742",
      "in_reply_to_status_id" : "109556568547703742",
      "in_reply_to_user_id" : "700039217",
      "in_reply_to_user_id_str" : "700039217",
      "in_reply_to_screen_name" : "paul.official"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaux Chaufort",
            "screen_name" : "margaux.music",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700136503",
            "id" : "700136503"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "424567020983000900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "424567020983000900",
      "created_at" : "Fri Jun 17 03:03:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@margaux.music See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "199343464197823301",
      "in_reply_to_status_id" : "199343464197823301",
      "in_reply_to_user_id" : "700136503",
      "in_reply_to_user_id_str" : "700136503",
      "in_reply_to_screen_name" : "margaux.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hugo Åkerberg",
            "screen_name" : "hugoakerberg",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700043837",
            "id" : "700043837"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "7",
      "id_str" : "568133901612767808",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "568133901612767808",
      "created_at" : "Thu Jun 16 07:00:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@hugoakerberg Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bärbel Feldmann 🌍",
            "screen_name" : "barbel.feldmann",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700163369",
            "id" : "700163369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "8",
      "id_str" : "690059243412231419",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "690059243412231419",
      "created_at" : "Wed Jun 15 12:46:18 +0000 2016",
      "favorited" : false,
      "full_text" : "@barbel.feldmann شكرا جزيلا",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Horváth Judit",
            "screen_name" : "jhorvath97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700041331",
            "id" : "700041331"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "5",
      "id_str" : "328342966982668451",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "328342966982668451",
      "created_at" : "Wed Jun 15 06:53:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@jhorvath97 Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kjetil Hagen",
            "screen_name" : "hagenk",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700056703",
            "id" : "700056703"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "7",
      "id_str" : "881527793815455192",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "881527793815455192",
      "created_at" : "Wed Jun 15 00:23:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@hagenk Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "919740511104530892",
      "in_reply_to_status_id" : "919740511104530892",
      "in_reply_to_user_id" : "700056703",
      "in_reply_to_user_id_str" : "700056703",
      "in_reply_to_screen_name" : "hagenk"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bärbel Feldmann 🌍",
            "screen_name" : "barbel.feldmann",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700163369",
            "id" : "700163369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "6",
      "id_str" : "226126292247846486",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "226126292247846486",
      "created_at" : "Tue Jun 14 23:11:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@barbel.feldmann Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "343703015226283409",
      "in_reply_to_status_id" : "343703015226283409",
      "in_reply_to_user_id" : "700163369",
      "in_reply_to_user_id_str" : "700163369",
      "in_reply_to_screen_name" : "barbel.feldmann"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "7",
      "id_str" : "865249183539341619",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "865249183539341619",
      "created_at" : "Mon Jun 13 07:46:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "878034592912138253",
      "in_reply_to_status_id" : "878034592912138253",
      "in_reply_to_user_id" : "700071809",
      "in_reply_to_user_id_str" : "700071809",
      "in_reply_to_screen_name" : "mjohnson41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Hautnoir",
            "screen_name" : "nathalie.music",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700156971",
            "id" : "700156971"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "8",
      "id_str" : "691113085472447297",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "691113085472447297",
      "created_at" : "Sun Jun 12 08:08:14 +0000 2016",
      "favorited" : false,
      "full_text" : "@nathalie.music Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1075483234605965043",
      "in_reply_to_status_id" : "1075483234605965043",
      "in_reply_to_user_id" : "700156971",
      "in_reply_to_user_id_str" : "700156971",
      "in_reply_to_screen_name" : "nathalie.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا أبو شمري",
            "screen_name" : "a66425",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700063591",
            "id" : "700063591"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "9",
      "id_str" : "470527126948582435",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "470527126948582435",
      "created_at" : "Fri Jun 10 06:39:49 +0000 2016",
      "favorited" : false,
      "full_text" : "@a66425 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "420727646210601133",
      "in_reply_to_status_id" : "420727646210601133",
      "in_reply_to_user_id" : "700063591",
      "in_reply_to_user_id_str" : "700063591",
      "in_reply_to_screen_name" : "a66425"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الحربي",
            "screen_name" : "ara97",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700102056",
            "id" : "700102056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "7",
      "id_str" : "302865005546788261",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "302865005546788261",
      "created_at" : "Tue Jun 07 17:56:27 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara97 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "9",
      "id_str" : "530454908253317857",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "530454908253317857",
      "created_at" : "Tue Jun 07 09:51:18 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "643632246194791904",
      "in_reply_to_status_id" : "643632246194791904",
      "in_reply_to_user_id" : "700071809",
      "in_reply_to_user_id_str" : "700071809",
      "in_reply_to_screen_name" : "mjohnson41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "6",
      "id_str" : "866406362885092631",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "866406362885092631",
      "created_at" : "Mon Jun 06 11:09:54 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "233227608912936186",
      "in_reply_to_status_id" : "233227608912936186",
      "in_reply_to_user_id" : "700071809",
      "in_reply_to_user_id_str" : "700071809",
      "in_reply_to_screen_name" : "mjohnson41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bärbel Feldmann 🌍",
            "screen_name" : "barbel.feldmann",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700163369",
            "id" : "700163369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "10",
      "id_str" : "154535791094255363",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "154535791094255363",
      "created_at" : "Sat Jun 04 14:49:25 +0000 2016",
      "favorited" : false,
      "full_text" : "@barbel.feldmann Thanks so much 🙏",
      "lang" : "en",
      "in_reply_to_status_id_str" : "165816180245464512",
      "in_reply_to_status_id" : "165816180245464512",
      "in_reply_to_user_id" : "700163369",
      "in_reply_to_user_id_str" : "700163369",
      "in_reply_to_screen_name" : "barbel.feldmann"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bärbel Feldmann 🌍",
            "screen_name" : "barbel.feldmann",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700163369",
            "id" : "700163369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "6",
      "id_str" : "189122630093773566",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "189122630093773566",
      "created_at" : "Fri Jun 03 00:48:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@barbel.feldmann Happy birthday! 🎂",
      "lang" : "en",
      "in_reply_to_status_id_str" : "671765027140797625",
      "in_reply_to_status_id" : "671765027140797625",
      "in_reply_to_user_id" : "700163369",
      "in_reply_to_user_id_str" : "700163369",
      "in_reply_to_screen_name" : "barbel.feldmann"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "2",
      "id_str" : "51949171701182020",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "51949171701182020",
      "created_at" : "Thu Jun 02 10:35:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_165 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "323078758196863596",
      "in_reply_to_status_id" : "323078758196863596",
      "in_reply_to_user_id" : "700048079",
      "in_reply_to_user_id_str" : "700048079",
      "in_reply_to_screen_name" : "chi_165"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "8",
      "id_str" : "472624180771829804",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "472624180771829804",
      "created_at" : "Wed Jun 01 08:50:20 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "906354484065440817",
      "in_reply_to_status_id" : "906354484065440817",
      "in_reply_to_user_id" : "700071809",
      "in_reply_to_user_id_str" : "700071809",
      "in_reply_to_screen_name" : "mjohnson41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "7",
      "id_str" : "81513031596450536",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "81513031596450536",
      "created_at" : "Mon May 30 04:29:01 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "113725581498331977",
      "in_reply_to_status_id" : "113725581498331977",
      "in_reply_to_user_id" : "700071809",
      "in_reply_to_user_id_str" : "700071809",
      "in_reply_to_screen_name" : "mjohnson41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Horváth István",
            "screen_name" : "istvanhorvath",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700096323",
            "id" : "700096323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "9",
      "id_str" : "258226445581530782",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "258226445581530782",
      "created_at" : "Sun May 29 10:25:11 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvanhorvath Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "566812576168214223",
      "in_reply_to_status_id" : "566812576168214223",
      "in_reply_to_user_id" : "700096323",
      "in_reply_to_user_id_str" : "700096323",
      "in_reply_to_screen_name" : "istvanhorvath"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dieter Neumann",
            "screen_name" : "dieter.neumann",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700012946",
            "id" : "700012946"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "8",
      "id_str" : "345819508790857361",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "345819508790857361",
      "created_at" : "Sun May 29 10:15:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@dieter.neumann شكرا جزيلا",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1082741656876448739",
      "in_reply_to_status_id" : "1082741656876448739",
      "in_reply_to_user_id" : "700012946",
      "in_reply_to_user_id_str" : "700012946",
      "in_reply_to_screen_name" : "dieter.neumann"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الحربي",
            "screen_name" : "ara97",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700102056",
            "id" : "700102056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "2",
      "id_str" : "18640213633334592",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "18640213633334592",
      "created_at" : "Thu May 26 09:42:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara97 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "11",
      "id_str" : "427638055500613212",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "427638055500613212",
      "created_at" : "Thu May 26 05:55:39 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_165 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sébastien Vauville ✨",
            "screen_name" : "sebastien_vauville",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700041625",
            "id" : "700041625"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "7",
      "id_str" : "401423475464142611",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "401423475464142611",
      "created_at" : "Mon May 23 05:18:40 +0000 2016",
      "favorited" : false,
      "full_text" : "@sebastien_vauville Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1034900044084882406",
      "in_reply_to_status_id" : "1034900044084882406",
      "in_reply_to_user_id" : "700041625",
      "in_reply_to_user_id_str" : "700041625",
      "in_reply_to_screen_name" : "sebastien_vauville"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andreas Eschbach",
            "screen_name" : "andreas_eschbach",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700094293",
            "id" : "700094293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "8",
      "id_str" : "1029026575714738420",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1029026575714738420",
      "created_at" : "Sat May 21 23:45:36 +0000 2016",
      "favorited" : false,
      "full_text" : "@andreas_eschbach Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الحربي",
            "screen_name" : "ara97",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700102056",
            "id" : "700102056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "13",
      "id_str" : "616630583260406793",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "616630583260406793",
      "created_at" : "Sat May 21 18:47:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara97 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "624136584994166707",
      "in_reply_to_status_id" : "624136584994166707",
      "in_reply_to_user_id" : "700102056",
      "in_reply_to_user_id_str" : "700102056",
      "in_reply_to_screen_name" : "ara97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Horváth István",
            "screen_name" : "istvanhorvath",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700096323",
            "id" : "700096323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "3",
      "id_str" : "938985263806961075",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "938985263806961075",
      "created_at" : "Sat May 21 16:46:53 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvanhorvath Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "818389933947161995",
      "in_reply_to_status_id" : "818389933947161995",
      "in_reply_to_user_id" : "700096323",
      "in_reply_to_user_id_str" : "700096323",
      "in_reply_to_screen_name" : "istvanhorvath"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الحربي",
            "screen_name" : "ara97",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700102056",
            "id" : "700102056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "8",
      "id_str" : "732387182827342083",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "732387182827342083",
      "created_at" : "Thu May 19 22:41:27 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara97 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "856099209770069049",
      "in_reply_to_status_id" : "856099209770069049",
      "in_reply_to_user_id" : "700102056",
      "in_reply_to_user_id_str" : "700102056",
      "in_reply_to_screen_name" : "ara97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dieter Neumann",
            "screen_name" : "dieter.neumann",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700012946",
            "id" : "700012946"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "5",
      "id_str" : "433797900263904630",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "433797900263904630",
      "created_at" : "Wed May 18 06:39:28 +0000 2016",
      "favorited" : false,
      "full_text" : "@dieter.neumann Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "911515375895181999",
      "in_reply_to_status_id" : "911515375895181999",
      "in_reply_to_user_id" : "700012946",
      "in_reply_to_user_id_str" : "700012946",
      "in_reply_to_screen_name" : "dieter.neumann"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιάννης Φραγκάκης",
            "screen_name" : "099g",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700009474",
            "id" : "700009474"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "8",
      "id_str" : "479784664965961306",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "479784664965961306",
      "created_at" : "Sun May 15 06:35:58 +0000 2016",
      "favorited" : false,
      "full_text" : "@099g I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "267561105462444282",
      "in_reply_to_status_id" : "267561105462444282",
      "in_reply_to_user_id" : "700009474",
      "in_reply_to_user_id_str" : "700009474",
      "in_reply_to_screen_name" : "099g"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "4",
      "id_str" : "755828932365077585",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "755828932365077585",
      "created_at" : "Sat May 14 21:43:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "772443093284634548",
      "in_reply_to_status_id" : "772443093284634548",
      "in_reply_to_user_id" : "700071809",
      "in_reply_to_user_id_str" : "700071809",
      "in_reply_to_screen_name" : "mjohnson41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Zehra Doğan",
            "screen_name" : "zehra.art",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700141963",
            "id" : "700141963"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "4",
      "id_str" : "542247627488775431",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "542247627488775431",
      "created_at" : "Wed May 11 16:08:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@zehra.art I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "8",
      "id_str" : "359228481260667300",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "359228481260667300",
      "created_at" : "Tue May 10 01:13:24 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "11",
      "id_str" : "646513771393273184",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "646513771393273184",
      "created_at" : "Mon May 09 09:27:07 +0000 2016",
      "favorited" : false,
      "full_text" : "@fairleyj Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "76160717142547237",
      "in_reply_to_status_id" : "76160717142547237",
      "in_reply_to_user_id" : "700007444",
      "in_reply_to_user_id_str" : "700007444",
      "in_reply_to_screen_name" : "fairleyj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathan Smith",
            "screen_name" : "nathansmith91",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700021262",
            "id" : "700021262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "8",
      "id_str" : "507147562132560182",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "507147562132560182",
      "created_at" : "Mon May 09 07:26:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@nathansmith91 Sounds good 👍",
      "lang" : "en",
      "in_reply_to_status_id_str" : "82031075000716865",
      "in_reply_to_status_id" : "82031075000716865",
      "in_reply_to_user_id" : "700021262",
      "in_reply_to_user_id_str" : "700021262",
      "in_reply_to_screen_name" : "nathansmith91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Aurélien Beaulier",
            "screen_name" : "abeaulier99",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700079663",
            "id" : "700079663"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "10",
      "id_str" : "713492168883287215",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "713492168883287215",
      "created_at" : "Sun May 08 03:30:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@abeaulier99 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "102761776857289023",
      "in_reply_to_status_id" : "102761776857289023",
      "in_reply_to_user_id" : "700079663",
      "in_reply_to_user_id_str" : "700079663",
      "in_reply_to_screen_name" : "abeaulier99"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الحربي",
            "screen_name" : "ara97",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700102056",
            "id" : "700102056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "2",
      "id_str" : "1119700725129532493",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1119700725129532493",
      "created_at" : "Fri May 06 12:15:19 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara97 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "8",
      "id_str" : "848338427117872651",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "848338427117872651",
      "created_at" : "Sun May 01 12:09:47 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 Danke dir, bis später",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Soházi Gergő ⚽",
            "screen_name" : "gergo_soh60",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700045965",
            "id" : "700045965"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "8",
      "id_str" : "231072413621997775",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "231072413621997775",
      "created_at" : "Sat Apr 30 02:06:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@gergo_soh60 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "891592601067713189",
      "in_reply_to_status_id" : "891592601067713189",
      "in_reply_to_user_id" : "700045965",
      "in_reply_to_user_id_str" : "700045965",
      "in_reply_to_screen_name" : "gergo_soh60"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Łukasz Radek ☕",
            "screen_name" : "radekl",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700019743",
            "id" : "700019743"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "8",
      "id_str" : "115208544203763236",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "115208544203763236",
      "created_at" : "Wed Apr 27 14:25:55 +0000 2016",
      "favorited" : false,
      "full_text" : "@radekl Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Łukasz Radek ☕",
            "screen_name" : "radekl",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700019743",
            "id" : "700019743"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "7",
      "id_str" : "554046204977800995",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "554046204977800995",
      "created_at" : "Wed Apr 27 11:44:17 +0000 2016",
      "favorited" : false,
      "full_text" : "@radekl Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "9343411800707236",
      "in_reply_to_status_id" : "9343411800707236",
      "in_reply_to_user_id" : "700019743",
      "in_reply_to_user_id_str" : "700019743",
      "in_reply_to_screen_name" : "radekl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "4",
      "id_str" : "347211652105417641",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "347211652105417641",
      "created_at" : "Tue Apr 26 05:52:01 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Martín Gómez",
            "screen_name" : "martin_gomez",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700125611",
            "id" : "700125611"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "8",
      "id_str" : "816737539846069066",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "816737539846069066",
      "created_at" : "Wed Apr 20 03:57:58 +0000 2016",
      "favorited" : false,
      "full_text" : "@martin_gomez Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "222379845174645938",
      "in_reply_to_status_id" : "222379845174645938",
      "in_reply_to_user_id" : "700125611",
      "in_reply_to_user_id_str" : "700125611",
      "in_reply_to_screen_name" : "martin_gomez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Martín Gómez",
            "screen_name" : "martin_gomez",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700125611",
            "id" : "700125611"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "537519041634255957",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "537519041634255957",
      "created_at" : "Sun Apr 17 21:03:27 +0000 2016",
      "favorited" : false,
      "full_text" : "@martin_gomez See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "192549739852341833",
      "in_reply_to_status_id" : "192549739852341833",
      "in_reply_to_user_id" : "700125611",
      "in_reply_to_user_id_str" : "700125611",
      "in_reply_to_screen_name" : "martin_gomez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lucía Garrido",
            "screen_name" : "lucia_garrido",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700135691",
            "id" : "700135691"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "577534588943843314",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "577534588943843314",
      "created_at" : "Sun Apr 17 04:07:07 +0000 2016",
      "favorited" : false,
      "full_text" : "@lucia_garrido Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nguyễn Quốc Hương",
            "screen_name" : "qnguyen22",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700029613",
            "id" : "700029613"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "5",
      "id_str" : "90819634704593696",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "90819634704593696",
      "created_at" : "Sat Apr 16 19:50:42 +0000 2016",
      "favorited" : false,
      "full_text" : "@qnguyen22 شكرا جزيلا",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Julien Montcourt",
            "screen_name" : "julienmontcourt7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700051103",
            "id" : "700051103"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "5",
      "id_str" : "612097925517432798",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "612097925517432798",
      "created_at" : "Sat Apr 16 14:13:02 +0000 2016",
      "favorited" : false,
      "full_text" : "@julienmontcourt7 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Võ Trung Nhung",
            "screen_name" : "trungnhung_vo",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700077696",
            "id" : "700077696"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "10",
      "id_str" : "423408547155796416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "423408547155796416",
      "created_at" : "Wed Apr 13 20:09:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@trungnhung_vo See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Łukasz Radek ☕",
            "screen_name" : "radekl",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700019743",
            "id" : "700019743"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "6",
      "id_str" : "215886977684942537",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "215886977684942537",
      "created_at" : "Wed Apr 13 02:08:34 +0000 2016",
      "favorited" : false,
      "full_text" : "@radekl Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "856721946327029858",
      "in_reply_to_status_id" : "856721946327029858",
      "in_reply_to_user_id" : "700019743",
      "in_reply_to_user_id_str" : "700019743",
      "in_reply_to_screen_name" : "radekl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "6",
      "id_str" : "253659444638037162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "253659444638037162",
      "created_at" : "Fri Apr 08 06:31:59 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andreas Eschbach",
            "screen_name" : "andreas_eschbach",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700094293",
            "id" : "700094293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "7",
      "id_str" : "701438685464005665",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "701438685464005665",
      "created_at" : "Thu Apr 07 05:37:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@andreas_eschbach Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "681821236634482963",
      "in_reply_to_status_id" : "681821236634482963",
      "in_reply_to_user_id" : "700094293",
      "in_reply_to_user_id_str" : "700094293",
      "in_reply_to_screen_name" : "andreas_eschbach"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "6",
      "id_str" : "1030968617941317354",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1030968617941317354",
      "created_at" : "Thu Apr 07 02:37:24 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "519590725603062695",
      "in_reply_to_status_id" : "519590725603062695",
      "in_reply_to_user_id" : "700071809",
      "in_reply_to_user_id_str" : "700071809",
      "in_reply_to_screen_name" : "mjohnson41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "9",
      "id_str" : "447483728602672378",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "447483728602672378",
      "created_at" : "Tue Apr 05 17:26:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaux Chaufort",
            "screen_name" : "margaux.music",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700136503",
            "id" : "700136503"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "3",
      "id_str" : "860983174530666195",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "860983174530666195",
      "created_at" : "Tue Apr 05 05:16:42 +0000 2016",
      "favorited" : false,
      "full_text" : "@margaux.music OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "464777474799825203",
      "in_reply_to_status_id" : "464777474799825203",
      "in_reply_to_user_id" : "700136503",
      "in_reply_to_user_id_str" : "700136503",
      "in_reply_to_screen_name" : "margaux.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rácz Réka",
            "screen_name" : "rekaracz68",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700137959",
            "id" : "700137959"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "3",
      "id_str" : "673368629367632320",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "673368629367632320",
      "created_at" : "Sun Apr 03 02:56:04 +0000 2016",
      "favorited" : false,
      "full_text" : "@rekaracz68 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "141632911468959167",
      "in_reply_to_status_id" : "141632911468959167",
      "in_reply_to_user_id" : "700137959",
      "in_reply_to_user_id_str" : "700137959",
      "in_reply_to_screen_name" : "rekaracz68"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaux Chaufort",
            "screen_name" : "margaux.music",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700136503",
            "id" : "700136503"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "5",
      "id_str" : "720627512459570915",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "720627512459570915",
      "created_at" : "Fri Apr 01 12:40:08 +0000 2016",
      "favorited" : false,
      "full_text" : "@margaux.music OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Łukasz Radek ☕",
            "screen_name" : "radekl",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700019743",
            "id" : "700019743"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "5",
      "id_str" : "704701972284733789",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "704701972284733789",
      "created_at" : "Fri Apr 01 03:54:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@radekl Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "184156662643041658",
      "in_reply_to_status_id" : "184156662643041658",
      "in_reply_to_user_id" : "700019743",
      "in_reply_to_user_id_str" : "700019743",
      "in_reply_to_screen_name" : "radekl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lucía Garrido",
            "screen_name" : "lucia_garrido",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700135691",
            "id" : "700135691"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "5",
      "id_str" : "111382422593479077",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "111382422593479077",
      "created_at" : "Thu Mar 31 03:30:07 +0000 2016",
      "favorited" : false,
      "full_text" : "@lucia_garrido Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Łukasz Radek ☕",
            "screen_name" : "radekl",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700019743",
            "id" : "700019743"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "3",
      "id_str" : "307500670302252831",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "307500670302252831",
      "created_at" : "Sat Mar 26 13:09:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@radekl Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "772576300543938899",
      "in_reply_to_status_id" : "772576300543938899",
      "in_reply_to_user_id" : "700019743",
      "in_reply_to_user_id_str" : "700019743",
      "in_reply_to_screen_name" : "radekl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varun Mathur",
            "screen_name" : "vmathur39",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700155858",
            "id" : "700155858"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "3",
      "id_str" : "1117388578968178643",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1117388578968178643",
      "created_at" : "Mon Mar 21 18:50:49 +0000 2016",
      "favorited" : false,
      "full_text" : "@vmathur39 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1043962894664766010",
      "in_reply_to_status_id" : "1043962894664766010",
      "in_reply_to_user_id" : "700155858",
      "in_reply_to_user_id_str" : "700155858",
      "in_reply_to_screen_name" : "vmathur39"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Kühn",
            "screen_name" : "sophie.photo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700082603",
            "id" : "700082603"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "642809171834496736",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "642809171834496736",
      "created_at" : "Sat Mar 19 16:50:49 +0000 2016",
      "favorited" : false,
      "full_text" : "@sophie.photo See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "804388543353451597",
      "in_reply_to_status_id" : "804388543353451597",
      "in_reply_to_user_id" : "700082603",
      "in_reply_to_user_id_str" : "700082603",
      "in_reply_to_screen_name" : "sophie.photo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dieter Neumann",
            "screen_name" : "dieter.neumann",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700012946",
            "id" : "700012946"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "720022931380190762",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "720022931380190762",
      "created_at" : "Wed Mar 09 16:52:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@dieter.neumann Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "785459639884869835",
      "in_reply_to_status_id" : "785459639884869835",
      "in_reply_to_user_id" : "700012946",
      "in_reply_to_user_id_str" : "700012946",
      "in_reply_to_screen_name" : "dieter.neumann"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Julien Montcourt",
            "screen_name" : "julienmontcourt7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700051103",
            "id" : "700051103"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "4",
      "id_str" : "376779334452360022",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "376779334452360022",
      "created_at" : "Mon Mar 07 05:56:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@julienmontcourt7 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "332601425719968976",
      "in_reply_to_status_id" : "332601425719968976",
      "in_reply_to_user_id" : "700051103",
      "in_reply_to_user_id_str" : "700051103",
      "in_reply_to_screen_name" : "julienmontcourt7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Łukasz Radek ☕",
            "screen_name" : "radekl",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700019743",
            "id" : "700019743"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "6",
      "id_str" : "949666981170942007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "949666981170942007",
      "created_at" : "Fri Mar 04 17:36:36 +0000 2016",
      "favorited" : false,
      "full_text" : "@radekl See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "792549765773360975",
      "in_reply_to_status_id" : "792549765773360975",
      "in_reply_to_user_id" : "700019743",
      "in_reply_to_user_id_str" : "700019743",
      "in_reply_to_screen_name" : "radekl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "3",
      "id_str" : "776844633184753988",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "776844633184753988",
      "created_at" : "Wed Mar 02 18:22:40 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "366493666448244079",
      "in_reply_to_status_id" : "366493666448244079",
      "in_reply_to_user_id" : "700071809",
      "in_reply_to_user_id_str" : "700071809",
      "in_reply_to_screen_name" : "mjohnson41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Łukasz Radek ☕",
            "screen_name" : "radekl",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700019743",
            "id" : "700019743"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "7",
      "id_str" : "1006210124843593253",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1006210124843593253",
      "created_at" : "Sun Feb 28 18:21:53 +0000 2016",
      "favorited" : false,
      "full_text" : "@radekl Miss you guys ❤️",
      "lang" : "en",
      "in_reply_to_status_id_str" : "389668658724357087",
      "in_reply_to_status_id" : "389668658724357087",
      "in_reply_to_user_id" : "700019743",
      "in_reply_to_user_id_str" : "700019743",
      "in_reply_to_screen_name" : "radekl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Łukasz Radek ☕",
            "screen_name" : "radekl",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700019743",
            "id" : "700019743"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "5",
      "id_str" : "414201301769128620",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "414201301769128620",
      "created_at" : "Fri Feb 26 14:45:17 +0000 2016",
      "favorited" : false,
      "full_text" : "@radekl Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mark Johnson",
            "screen_name" : "mjohnson41",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700071809",
            "id" : "700071809"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "439868726038608482",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "439868726038608482",
      "created_at" : "Thu Feb 25 20:27:49 +0000 2016",
      "favorited" : false,
      "full_text" : "@mjohnson41 Çok teşekkürler",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Aurélien Beaulier",
            "screen_name" : "abeaulier99",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700079663",
            "id" : "700079663"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "9",
      "id_str" : "958255832305771889",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "958255832305771889",
      "created_at" : "Tue Feb 23 15:43:11 +0000 2016",
      "favorited" : false,
      "full_text" : "@abeaulier99 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "8",
      "id_str" : "523284994124758302",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "523284994124758302",
      "created_at" : "Tue Feb 23 06:11:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_165 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "420643921617145644",
      "in_reply_to_status_id" : "420643921617145644",
      "in_reply_to_user_id" : "700048079",
      "in_reply_to_user_id_str" : "700048079",
      "in_reply_to_screen_name" : "chi_165"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "5",
      "id_str" : "1138035039336426685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1138035039336426685",
      "created_at" : "Sun Feb 21 05:35:37 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_165 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "330008394989100845",
      "in_reply_to_status_id" : "330008394989100845",
      "in_reply_to_user_id" : "700048079",
      "in_reply_to_user_id_str" : "700048079",
      "in_reply_to_screen_name" : "chi_165"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nguyễn Quốc Hương",
            "screen_name" : "qnguyen22",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700029613",
            "id" : "700029613"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "6",
      "id_str" : "1098771391887028235",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1098771391887028235",
      "created_at" : "Sat Feb 20 05:02:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@qnguyen22 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "7",
      "id_str" : "559103686469319036",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "559103686469319036",
      "created_at" : "Sat Feb 20 02:52:46 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_165 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "606982377562985495",
      "in_reply_to_status_id" : "606982377562985495",
      "in_reply_to_user_id" : "700048079",
      "in_reply_to_user_id_str" : "700048079",
      "in_reply_to_screen_name" : "chi_165"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ελένη Παυλάτος",
            "screen_name" : "g20698",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700112689",
            "id" : "700112689"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "6",
      "id_str" : "1028364031428288046",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1028364031428288046",
      "created_at" : "Fri Feb 19 20:10:55 +0000 2016",
      "favorited" : false,
      "full_text" : "@g20698 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "7",
      "id_str" : "137034861600239836",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "137034861600239836",
      "created_at" : "Wed Feb 17 20:11:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@fairleyj Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "264051974243004298",
      "in_reply_to_status_id" : "264051974243004298",
      "in_reply_to_user_id" : "700007444",
      "in_reply_to_user_id_str" : "700007444",
      "in_reply_to_screen_name" : "fairleyj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Łukasz Radek ☕",
            "screen_name" : "radekl",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700019743",
            "id" : "700019743"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "928889827462295765",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "928889827462295765",
      "created_at" : "Tue Feb 16 08:50:14 +0000 2016",
      "favorited" : false,
      "full_text" : "@radekl Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Németh Mária",
            "screen_name" : "marianemeth20",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700116434",
            "id" : "700116434"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "4",
      "id_str" : "749469294757668310",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "749469294757668310",
      "created_at" : "Sun Feb 07 06:11:24 +0000 2016",
      "favorited" : false,
      "full_text" : "@marianemeth20 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "755225091092593367",
      "in_reply_to_status_id" : "755225091092593367",
      "in_reply_to_user_id" : "700116434",
      "in_reply_to_user_id_str" : "700116434",
      "in_reply_to_screen_name" : "marianemeth20"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Martín Gómez",
            "screen_name" : "martin_gomez",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700125611",
            "id" : "700125611"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "918144613687955794",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "918144613687955794",
      "created_at" : "Fri Feb 05 05:15:30 +0000 2016",
      "favorited" : false,
      "full_text" : "@martin_gomez I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "432316377282938561",
      "in_reply_to_status_id" : "432316377282938561",
      "in_reply_to_user_id" : "700125611",
      "in_reply_to_user_id_str" : "700125611",
      "in_reply_to_screen_name" : "martin_gomez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sébastien Vauville ✨",
            "screen_name" : "sebastien_vauville",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700041625",
            "id" : "700041625"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "8",
      "id_str" : "241977041826930405",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "241977041826930405",
      "created_at" : "Wed Feb 03 09:43:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@sebastien_vauville Can you send me the slides?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Szabó Jenő",
            "screen_name" : "jszabo64",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700001011",
            "id" : "700001011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "6",
      "id_str" : "609943568142830174",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "609943568142830174",
      "created_at" : "Tue Feb 02 07:47:37 +0000 2016",
      "favorited" : false,
      "full_text" : "@jszabo64 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nguyễn Quốc Hương",
            "screen_name" : "qnguyen22",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700029613",
            "id" : "700029613"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "7",
      "id_str" : "1136788856455915491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1136788856455915491",
      "created_at" : "Sun Jan 31 18:50:02 +0000 2016",
      "favorited" : false,
      "full_text" : "@qnguyen22 OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Martín Gómez",
            "screen_name" : "martin_gomez",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700125611",
            "id" : "700125611"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "4",
      "id_str" : "668926111145586290",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "668926111145586290",
      "created_at" : "Sun Jan 31 09:42:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@martin_gomez Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "409989953760237060",
      "in_reply_to_status_id" : "409989953760237060",
      "in_reply_to_user_id" : "700125611",
      "in_reply_to_user_id_str" : "700125611",
      "in_reply_to_screen_name" : "martin_gomez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Martín Gómez",
            "screen_name" : "martin_gomez",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700125611",
            "id" : "700125611"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "1",
      "id_str" : "333490843808720199",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "333490843808720199",
      "created_at" : "Sat Jan 30 12:17:58 +0000 2016",
      "favorited" : false,
      "full_text" : "@martin_gomez Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "831096114927972771",
      "in_reply_to_status_id" : "831096114927972771",
      "in_reply_to_user_id" : "700125611",
      "in_reply_to_user_id_str" : "700125611",
      "in_reply_to_screen_name" : "martin_gomez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Szabó Jenő",
            "screen_name" : "jszabo64",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700001011",
            "id" : "700001011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "8",
      "id_str" : "903910415452787772",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "903910415452787772",
      "created_at" : "Tue Jan 26 19:01:09 +0000 2016",
      "favorited" : false,
      "full_text" : "@jszabo64 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1076084981573981339",
      "in_reply_to_status_id" : "1076084981573981339",
      "in_reply_to_user_id" : "700001011",
      "in_reply_to_user_id_str" : "700001011",
      "in_reply_to_screen_name" : "jszabo64"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şule Durhan",
            "screen_name" : "suledurhan92",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700162165",
            "id" : "700162165"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "960964616906627907",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "960964616906627907",
      "created_at" : "Tue Jan 26 00:15:39 +0000 2016",
      "favorited" : false,
      "full_text" : "@suledurhan92 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ebba Fjellström",
            "screen_name" : "ebba_fjellstrom",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700108454",
            "id" : "700108454"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "3",
      "id_str" : "235693286257188396",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "235693286257188396",
      "created_at" : "Sat Jan 23 04:49:17 +0000 2016",
      "favorited" : false,
      "full_text" : "@ebba_fjellstrom On my way 🚗",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nguyễn Quốc Hương",
            "screen_name" : "qnguyen22",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700029613",
            "id" : "700029613"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "4",
      "id_str" : "818827352548699431",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "818827352548699431",
      "created_at" : "Thu Jan 21 00:59:25 +0000 2016",
      "favorited" : false,
      "full_text" : "@qnguyen22 OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ashley Harvey",
            "screen_name" : "ashley.xo",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700095000",
            "id" : "700095000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "3",
      "id_str" : "980715533233811692",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "980715533233811692",
      "created_at" : "Wed Jan 20 16:29:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@ashley.xo Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "828171703932063603",
      "in_reply_to_status_id" : "828171703932063603",
      "in_reply_to_user_id" : "700095000",
      "in_reply_to_user_id_str" : "700095000",
      "in_reply_to_screen_name" : "ashley.xo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şule Durhan",
            "screen_name" : "suledurhan92",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700162165",
            "id" : "700162165"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "9",
      "id_str" : "157555322345565474",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "157555322345565474",
      "created_at" : "Mon Jan 18 07:52:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@suledurhan92 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "861500069734650746",
      "in_reply_to_status_id" : "861500069734650746",
      "in_reply_to_user_id" : "700162165",
      "in_reply_to_user_id_str" : "700162165",
      "in_reply_to_screen_name" : "suledurhan92"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "12",
      "id_str" : "38609761310552809",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "38609761310552809",
      "created_at" : "Sat Jan 16 09:37:37 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_165 Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "3",
      "id_str" : "1099700689626841381",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1099700689626841381",
      "created_at" : "Sat Jan 09 22:40:08 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_165 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Aurélien Beaulier",
            "screen_name" : "abeaulier99",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700079663",
            "id" : "700079663"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "3",
      "id_str" : "83021863905722703",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "83021863905722703",
      "created_at" : "Tue Jan 05 17:19:37 +0000 2016",
      "favorited" : false,
      "full_text" : "@abeaulier99 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şule Durhan",
            "screen_name" : "suledurhan92",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700162165",
            "id" : "700162165"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "6",
      "id_str" : "572351314422784094",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "572351314422784094",
      "created_at" : "Mon Jan 04 01:29:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@suledurhan92 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "402557105174316371",
      "in_reply_to_status_id" : "402557105174316371",
      "in_reply_to_user_id" : "700162165",
      "in_reply_to_user_id_str" : "700162165",
      "in_reply_to_screen_name" : "suledurhan92"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Kühn",
            "screen_name" : "sophie.photo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700082603",
            "id" : "700082603"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "8",
      "id_str" : "1004402285618719349",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1004402285618719349",
      "created_at" : "Thu Dec 31 23:15:43 +0000 2015",
      "favorited" : false,
      "full_text" : "@sophie.photo Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ashley Harvey",
            "screen_name" : "ashley.xo",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700095000",
            "id" : "700095000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "3",
      "id_str" : "268975198780739073",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "268975198780739073",
      "created_at" : "Tue Dec 29 21:03:52 +0000 2015",
      "favorited" : false,
      "full_text" : "@ashley.xo Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "780003562831130806",
      "in_reply_to_status_id" : "780003562831130806",
      "in_reply_to_user_id" : "700095000",
      "in_reply_to_user_id_str" : "700095000",
      "in_reply_to_screen_name" : "ashley.xo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Blackton",
            "screen_name" : "betty_bla6",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700116609",
            "id" : "700116609"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "6",
      "id_str" : "60889659518397735",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "60889659518397735",
      "created_at" : "Mon Dec 21 11:53:52 +0000 2015",
      "favorited" : false,
      "full_text" : "@betty_bla6 Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Aurélien Beaulier",
            "screen_name" : "abeaulier99",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700079663",
            "id" : "700079663"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "432201548006731088",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "432201548006731088",
      "created_at" : "Wed Dec 16 09:11:20 +0000 2015",
      "favorited" : false,
      "full_text" : "@abeaulier99 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "752437867280442481",
      "in_reply_to_status_id" : "752437867280442481",
      "in_reply_to_user_id" : "700079663",
      "in_reply_to_user_id_str" : "700079663",
      "in_reply_to_screen_name" : "abeaulier99"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Blackton",
            "screen_name" : "betty_bla6",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700116609",
            "id" : "700116609"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "855426610698014959",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "855426610698014959",
      "created_at" : "Tue Dec 15 09:43:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@betty_bla6 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "273234296070267181",
      "in_reply_to_status_id" : "273234296070267181",
      "in_reply_to_user_id" : "700116609",
      "in_reply_to_user_id_str" : "700116609",
      "in_reply_to_screen_name" : "betty_bla6"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nguyễn Quốc Hương",
            "screen_name" : "qnguyen22",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700029613",
            "id" : "700029613"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "899273207142758718",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "899273207142758718",
      "created_at" : "Mon Dec 14 02:58:52 +0000 2015",
      "favorited" : false,
      "full_text" : "@qnguyen22 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "697434651647320592",
      "in_reply_to_status_id" : "697434651647320592",
      "in_reply_to_user_id" : "700029613",
      "in_reply_to_user_id_str" : "700029613",
      "in_reply_to_screen_name" : "qnguyen22"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene Díaz",
            "screen_name" : "irene_diaz",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700099333",
            "id" : "700099333"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "5",
      "id_str" : "493017365903157101",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "493017365903157101",
      "created_at" : "Sat Dec 12 15:04:30 +0000 2015",
      "favorited" : false,
      "full_text" : "@irene_diaz See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene Díaz",
            "screen_name" : "irene_diaz",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700099333",
            "id" : "700099333"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "1",
      "id_str" : "1033975790023334720",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1033975790023334720",
      "created_at" : "Sat Dec 12 05:53:27 +0000 2015",
      "favorited" : false,
      "full_text" : "@irene_diaz Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1033894103864535669",
      "in_reply_to_status_id" : "1033894103864535669",
      "in_reply_to_user_id" : "700099333",
      "in_reply_to_user_id_str" : "700099333",
      "in_reply_to_screen_name" : "irene_diaz"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Kühn",
            "screen_name" : "sophie.photo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700082603",
            "id" : "700082603"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "298398571108012814",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "298398571108012814",
      "created_at" : "Tue Dec 08 18:29:19 +0000 2015",
      "favorited" : false,
      "full_text" : "@sophie.photo I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "954850038670175228",
      "in_reply_to_status_id" : "954850038670175228",
      "in_reply_to_user_id" : "700082603",
      "in_reply_to_user_id_str" : "700082603",
      "in_reply_to_screen_name" : "sophie.photo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Kühn",
            "screen_name" : "sophie.photo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700082603",
            "id" : "700082603"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "7",
      "id_str" : "553982819762858124",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "553982819762858124",
      "created_at" : "Mon Dec 07 21:06:57 +0000 2015",
      "favorited" : false,
      "full_text" : "@sophie.photo Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "153934864022788340",
      "in_reply_to_status_id" : "153934864022788340",
      "in_reply_to_user_id" : "700082603",
      "in_reply_to_user_id_str" : "700082603",
      "in_reply_to_screen_name" : "sophie.photo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Julien Montcourt",
            "screen_name" : "julienmontcourt7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700051103",
            "id" : "700051103"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "3",
      "id_str" : "1148230363138269200",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1148230363138269200",
      "created_at" : "Mon Nov 30 03:51:10 +0000 2015",
      "favorited" : false,
      "full_text" : "@julienmontcourt7 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vevári Ferenc",
            "screen_name" : "ferenc89",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700091794",
            "id" : "700091794"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "10",
      "id_str" : "748693984621482280",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "748693984621482280",
      "created_at" : "Sun Nov 29 14:42:27 +0000 2015",
      "favorited" : false,
      "full_text" : "@ferenc89 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathan Smith",
            "screen_name" : "nathansmith91",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700021262",
            "id" : "700021262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "1045114039374761470",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1045114039374761470",
      "created_at" : "Mon Nov 23 20:12:56 +0000 2015",
      "favorited" : false,
      "full_text" : "@nathansmith91 See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vevári Ferenc",
            "screen_name" : "ferenc89",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700091794",
            "id" : "700091794"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "4",
      "id_str" : "777658446198951481",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "777658446198951481",
      "created_at" : "Sun Nov 22 09:39:24 +0000 2015",
      "favorited" : false,
      "full_text" : "@ferenc89 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene Díaz",
            "screen_name" : "irene_diaz",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700099333",
            "id" : "700099333"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "9",
      "id_str" : "43494657681658892",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "43494657681658892",
      "created_at" : "Thu Nov 19 17:59:17 +0000 2015",
      "favorited" : false,
      "full_text" : "@irene_diaz Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vevári Ferenc",
            "screen_name" : "ferenc89",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700091794",
            "id" : "700091794"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "44457591939673788",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "44457591939673788",
      "created_at" : "Tue Nov 17 17:13:14 +0000 2015",
      "favorited" : false,
      "full_text" : "@ferenc89 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Montserrat López",
            "screen_name" : "montserrat.music",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700088406",
            "id" : "700088406"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "1",
      "id_str" : "698003919468678762",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "698003919468678762",
      "created_at" : "Mon Nov 16 03:51:07 +0000 2015",
      "favorited" : false,
      "full_text" : "@montserrat.music Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1061928809062934992",
      "in_reply_to_status_id" : "1061928809062934992",
      "in_reply_to_user_id" : "700088406",
      "in_reply_to_user_id_str" : "700088406",
      "in_reply_to_screen_name" : "montserrat.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathan Smith",
            "screen_name" : "nathansmith91",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700021262",
            "id" : "700021262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "4",
      "id_str" : "1011838943690936343",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1011838943690936343",
      "created_at" : "Sat Nov 14 21:09:36 +0000 2015",
      "favorited" : false,
      "full_text" : "@nathansmith91 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1128145932624080806",
      "in_reply_to_status_id" : "1128145932624080806",
      "in_reply_to_user_id" : "700021262",
      "in_reply_to_user_id_str" : "700021262",
      "in_reply_to_screen_name" : "nathansmith91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Talwar",
            "screen_name" : "priya.travels",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700139394",
            "id" : "700139394"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "7",
      "id_str" : "206160635217209225",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "206160635217209225",
      "created_at" : "Tue Nov 10 13:57:31 +0000 2015",
      "favorited" : false,
      "full_text" : "@priya.travels Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Talwar",
            "screen_name" : "priya.travels",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700139394",
            "id" : "700139394"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "3",
      "id_str" : "135490203515258159",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "135490203515258159",
      "created_at" : "Mon Nov 09 05:47:57 +0000 2015",
      "favorited" : false,
      "full_text" : "@priya.travels Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathan Smith",
            "screen_name" : "nathansmith91",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700021262",
            "id" : "700021262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "5",
      "id_str" : "848132514398269033",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "848132514398269033",
      "created_at" : "Tue Nov 03 09:33:59 +0000 2015",
      "favorited" : false,
      "full_text" : "@nathansmith91 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "7",
      "id_str" : "1088367150650848035",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1088367150650848035",
      "created_at" : "Sun Oct 25 00:17:55 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi_165 Congrats on the new job! 🎉",
      "lang" : "en",
      "in_reply_to_status_id_str" : "443741674424509328",
      "in_reply_to_status_id" : "443741674424509328",
      "in_reply_to_user_id" : "700048079",
      "in_reply_to_user_id_str" : "700048079",
      "in_reply_to_screen_name" : "chi_165"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Richard Chadby",
            "screen_name" : "richard_chadby",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700087104",
            "id" : "700087104"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "4",
      "id_str" : "400869031225841949",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "400869031225841949",
      "created_at" : "Sat Oct 24 06:14:43 +0000 2015",
      "favorited" : false,
      "full_text" : "@richard_chadby Sounds good 👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "3",
      "id_str" : "306830725509487286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "306830725509487286",
      "created_at" : "Wed Oct 07 13:14:25 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi_165 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Richard Chadby",
            "screen_name" : "richard_chadby",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700087104",
            "id" : "700087104"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "5",
      "id_str" : "96633282797222136",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "96633282797222136",
      "created_at" : "Sun Oct 04 11:43:30 +0000 2015",
      "favorited" : false,
      "full_text" : "@richard_chadby Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "810727135815774277",
      "in_reply_to_status_id" : "810727135815774277",
      "in_reply_to_user_id" : "700087104",
      "in_reply_to_user_id_str" : "700087104",
      "in_reply_to_screen_name" : "richard_chadby"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Talwar",
            "screen_name" : "priya.travels",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700139394",
            "id" : "700139394"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "3",
      "id_str" : "216841742141712635",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "216841742141712635",
      "created_at" : "Sun Oct 04 07:37:19 +0000 2015",
      "favorited" : false,
      "full_text" : "@priya.travels Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "440358538071070463",
      "in_reply_to_status_id" : "440358538071070463",
      "in_reply_to_user_id" : "700139394",
      "in_reply_to_user_id_str" : "700139394",
      "in_reply_to_screen_name" : "priya.travels"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Juliette Gauchamp 🌸",
            "screen_name" : "juliette91",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700095189",
            "id" : "700095189"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "6",
      "id_str" : "655291536900393387",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "655291536900393387",
      "created_at" : "Sat Sep 26 02:35:40 +0000 2015",
      "favorited" : false,
      "full_text" : "@juliette91 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "663199720876994840",
      "in_reply_to_status_id" : "663199720876994840",
      "in_reply_to_user_id" : "700095189",
      "in_reply_to_user_id_str" : "700095189",
      "in_reply_to_screen_name" : "juliette91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "214633224818727679",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "214633224818727679",
      "created_at" : "Thu Sep 24 20:13:11 +0000 2015",
      "favorited" : false,
      "full_text" : "@fairleyj Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rácz Réka",
            "screen_name" : "rekaracz68",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700137959",
            "id" : "700137959"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "3",
      "id_str" : "557948973975724715",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "557948973975724715",
      "created_at" : "Mon Sep 21 05:23:10 +0000 2015",
      "favorited" : false,
      "full_text" : "@rekaracz68 谢谢你！",
      "lang" : "en",
      "in_reply_to_status_id_str" : "209624869207541175",
      "in_reply_to_status_id" : "209624869207541175",
      "in_reply_to_user_id" : "700137959",
      "in_reply_to_user_id_str" : "700137959",
      "in_reply_to_screen_name" : "rekaracz68"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Orbnyi Margit",
            "screen_name" : "margit89",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700137336",
            "id" : "700137336"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "4",
      "id_str" : "387595717260523620",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "387595717260523620",
      "created_at" : "Sun Sep 20 18:20:46 +0000 2015",
      "favorited" : false,
      "full_text" : "@margit89 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "131917400901111448",
      "in_reply_to_status_id" : "131917400901111448",
      "in_reply_to_user_id" : "700137336",
      "in_reply_to_user_id_str" : "700137336",
      "in_reply_to_screen_name" : "margit89"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sébastien Vauville ✨",
            "screen_name" : "sebastien_vauville",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700041625",
            "id" : "700041625"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "1",
      "id_str" : "495484210726826162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "495484210726826162",
      "created_at" : "Fri Sep 18 06:10:11 +0000 2015",
      "favorited" : false,
      "full_text" : "@sebastien_vauville Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "225946247081287066",
      "in_reply_to_status_id" : "225946247081287066",
      "in_reply_to_user_id" : "700041625",
      "in_reply_to_user_id_str" : "700041625",
      "in_reply_to_screen_name" : "sebastien_vauville"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "6",
      "id_str" : "313005551337505269",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "313005551337505269",
      "created_at" : "Wed Sep 16 23:11:31 +0000 2015",
      "favorited" : false,
      "full_text" : "@fairleyj Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "172773695201235983",
      "in_reply_to_status_id" : "172773695201235983",
      "in_reply_to_user_id" : "700007444",
      "in_reply_to_user_id_str" : "700007444",
      "in_reply_to_screen_name" : "fairleyj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "7",
      "id_str" : "952112902622622938",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "952112902622622938",
      "created_at" : "Mon Sep 14 02:40:20 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi_165 谢谢你！",
      "lang" : "en",
      "in_reply_to_status_id_str" : "649033755682938399",
      "in_reply_to_status_id" : "649033755682938399",
      "in_reply_to_user_id" : "700048079",
      "in_reply_to_user_id_str" : "700048079",
      "in_reply_to_screen_name" : "chi_165"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "8",
      "id_str" : "422493979686299887",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "422493979686299887",
      "created_at" : "Fri Sep 11 03:58:26 +0000 2015",
      "favorited" : false,
      "full_text" : "@fairleyj Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "733765003473040206",
      "in_reply_to_status_id" : "733765003473040206",
      "in_reply_to_user_id" : "700007444",
      "in_reply_to_user_id_str" : "700007444",
      "in_reply_to_screen_name" : "fairleyj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Montserrat López",
            "screen_name" : "montserrat.music",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700088406",
            "id" : "700088406"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "7",
      "id_str" : "389641825507989934",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "389641825507989934",
      "created_at" : "Wed Sep 09 20:05:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@montserrat.music Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "804840001236087427",
      "in_reply_to_status_id" : "804840001236087427",
      "in_reply_to_user_id" : "700088406",
      "in_reply_to_user_id_str" : "700088406",
      "in_reply_to_screen_name" : "montserrat.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Richard Chadby",
            "screen_name" : "richard_chadby",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700087104",
            "id" : "700087104"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "4",
      "id_str" : "1009083495019467046",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1009083495019467046",
      "created_at" : "Mon Sep 07 05:42:56 +0000 2015",
      "favorited" : false,
      "full_text" : "@richard_chadby Cảm ơn bạn nhiều",
      "lang" : "en",
      "in_reply_to_status_id_str" : "606966584842346833",
      "in_reply_to_status_id" : "606966584842346833",
      "in_reply_to_user_id" : "700087104",
      "in_reply_to_user_id_str" : "700087104",
      "in_reply_to_screen_name" : "richard_chadby"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jeffrey Ellersshaw",
            "screen_name" : "jeffrey.art",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700039399",
            "id" : "700039399"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "1",
      "id_str" : "601976855694389037",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "601976855694389037",
      "created_at" : "Sat Sep 05 23:32:38 +0000 2015",
      "favorited" : false,
      "full_text" : "@jeffrey.art Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Juliette Gauchamp 🌸",
            "screen_name" : "juliette91",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700095189",
            "id" : "700095189"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "4",
      "id_str" : "356546176490371890",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "356546176490371890",
      "created_at" : "Fri Sep 04 17:05:26 +0000 2015",
      "favorited" : false,
      "full_text" : "@juliette91 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "665301741421934280",
      "in_reply_to_status_id" : "665301741421934280",
      "in_reply_to_user_id" : "700095189",
      "in_reply_to_user_id_str" : "700095189",
      "in_reply_to_screen_name" : "juliette91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Simão Almeida",
            "screen_name" : "simaoalmeida",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700134578",
            "id" : "700134578"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "467163374293811972",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "467163374293811972",
      "created_at" : "Thu Sep 03 14:11:34 +0000 2015",
      "favorited" : false,
      "full_text" : "@simaoalmeida Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "711684762070696610",
      "in_reply_to_status_id" : "711684762070696610",
      "in_reply_to_user_id" : "700134578",
      "in_reply_to_user_id_str" : "700134578",
      "in_reply_to_screen_name" : "simaoalmeida"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "2",
      "id_str" : "1112668528359739288",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1112668528359739288",
      "created_at" : "Fri Aug 28 12:58:28 +0000 2015",
      "favorited" : false,
      "full_text" : "@fairleyj Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Montserrat López",
            "screen_name" : "montserrat.music",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700088406",
            "id" : "700088406"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "6",
      "id_str" : "895439869010907172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "895439869010907172",
      "created_at" : "Mon Aug 24 14:39:12 +0000 2015",
      "favorited" : false,
      "full_text" : "@montserrat.music Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "213178929955962215",
      "in_reply_to_status_id" : "213178929955962215",
      "in_reply_to_user_id" : "700088406",
      "in_reply_to_user_id_str" : "700088406",
      "in_reply_to_screen_name" : "montserrat.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Montserrat López",
            "screen_name" : "montserrat.music",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700088406",
            "id" : "700088406"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "6",
      "id_str" : "453126688177771395",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "453126688177771395",
      "created_at" : "Sun Aug 23 15:41:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@montserrat.music Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "851516888445106990",
      "in_reply_to_status_id" : "851516888445106990",
      "in_reply_to_user_id" : "700088406",
      "in_reply_to_user_id_str" : "700088406",
      "in_reply_to_screen_name" : "montserrat.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "4",
      "id_str" : "1082414811538536045",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1082414811538536045",
      "created_at" : "Sat Aug 22 13:57:42 +0000 2015",
      "favorited" : false,
      "full_text" : "@fairleyj Спасибо, увидимся",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "4",
      "id_str" : "448266362875895978",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "448266362875895978",
      "created_at" : "Sat Aug 15 19:47:08 +0000 2015",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Echera",
            "screen_name" : "dechera43",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700119031",
            "id" : "700119031"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "4",
      "id_str" : "150809675403810804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "150809675403810804",
      "created_at" : "Wed Aug 12 01:41:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@dechera43 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mahmut Yalsoy",
            "screen_name" : "mahmut.yalsoy",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700149285",
            "id" : "700149285"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "418104962411934261",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "418104962411934261",
      "created_at" : "Tue Aug 11 20:05:59 +0000 2015",
      "favorited" : false,
      "full_text" : "@mahmut.yalsoy Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "1",
      "id_str" : "1090608067057575280",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1090608067057575280",
      "created_at" : "Mon Aug 10 07:52:01 +0000 2015",
      "favorited" : false,
      "full_text" : "@fairleyj Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekete Lőrinc",
            "screen_name" : "lorincfekete7",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700104163",
            "id" : "700104163"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "6",
      "id_str" : "536833562592500337",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "536833562592500337",
      "created_at" : "Fri Aug 07 17:28:20 +0000 2015",
      "favorited" : false,
      "full_text" : "@lorincfekete7 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "姜嘉琪 🌸",
            "screen_name" : "chi.868",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700093425",
            "id" : "700093425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "915714677455185295",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "915714677455185295",
      "created_at" : "Mon Jul 27 06:07:34 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi.868 Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Евгений Панов",
            "screen_name" : "rus576",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700103582",
            "id" : "700103582"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "5",
      "id_str" : "794089593577464270",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "794089593577464270",
      "created_at" : "Tue Jul 21 04:14:33 +0000 2015",
      "favorited" : false,
      "full_text" : "@rus576 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "895296915718701460",
      "in_reply_to_status_id" : "895296915718701460",
      "in_reply_to_user_id" : "700103582",
      "in_reply_to_user_id_str" : "700103582",
      "in_reply_to_screen_name" : "rus576"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekete Lőrinc",
            "screen_name" : "lorincfekete7",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700104163",
            "id" : "700104163"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "1",
      "id_str" : "282680855634664128",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "282680855634664128",
      "created_at" : "Wed Jul 15 18:22:02 +0000 2015",
      "favorited" : false,
      "full_text" : "@lorincfekete7 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "322154239888446343",
      "in_reply_to_status_id" : "322154239888446343",
      "in_reply_to_user_id" : "700104163",
      "in_reply_to_user_id_str" : "700104163",
      "in_reply_to_screen_name" : "lorincfekete7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susanne Eschberger",
            "screen_name" : "susanne_esc36",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700136629",
            "id" : "700136629"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "7",
      "id_str" : "1119911144877007727",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1119911144877007727",
      "created_at" : "Wed Jul 15 01:35:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@susanne_esc36 Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene López",
            "screen_name" : "lopezi",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141046",
            "id" : "700141046"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "5",
      "id_str" : "1072310063327301449",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1072310063327301449",
      "created_at" : "Fri Jul 10 19:32:28 +0000 2015",
      "favorited" : false,
      "full_text" : "@lopezi Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "472708929176412560",
      "in_reply_to_status_id" : "472708929176412560",
      "in_reply_to_user_id" : "700141046",
      "in_reply_to_user_id_str" : "700141046",
      "in_reply_to_screen_name" : "lopezi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jeffrey Ellersshaw",
            "screen_name" : "jeffrey.art",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700039399",
            "id" : "700039399"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "9",
      "id_str" : "349265616347630248",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "349265616347630248",
      "created_at" : "Wed Jul 08 03:10:17 +0000 2015",
      "favorited" : false,
      "full_text" : "@jeffrey.art Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "675114763628706753",
      "in_reply_to_status_id" : "675114763628706753",
      "in_reply_to_user_id" : "700039399",
      "in_reply_to_user_id_str" : "700039399",
      "in_reply_to_screen_name" : "jeffrey.art"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene Díaz",
            "screen_name" : "irene_diaz",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700099333",
            "id" : "700099333"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "738433535858060274",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "738433535858060274",
      "created_at" : "Wed Jul 01 03:03:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@irene_diaz Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "4",
      "id_str" : "504260703461912112",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "504260703461912112",
      "created_at" : "Sat Jun 27 17:59:08 +0000 2015",
      "favorited" : false,
      "full_text" : "@gre64872 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Juliette Gauchamp 🌸",
            "screen_name" : "juliette91",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700095189",
            "id" : "700095189"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "3",
      "id_str" : "516264100973386746",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "516264100973386746",
      "created_at" : "Sun Jun 21 14:38:20 +0000 2015",
      "favorited" : false,
      "full_text" : "@juliette91 Köszönöm szépen!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1012288964595509338",
      "in_reply_to_status_id" : "1012288964595509338",
      "in_reply_to_user_id" : "700095189",
      "in_reply_to_user_id_str" : "700095189",
      "in_reply_to_screen_name" : "juliette91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rácz Réka",
            "screen_name" : "rekaracz68",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700137959",
            "id" : "700137959"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "3",
      "id_str" : "743793847024983961",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "743793847024983961",
      "created_at" : "Mon Jun 15 00:49:49 +0000 2015",
      "favorited" : false,
      "full_text" : "@rekaracz68 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Евгений Панов",
            "screen_name" : "rus576",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700103582",
            "id" : "700103582"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "759961843309640475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "759961843309640475",
      "created_at" : "Sun Jun 14 11:30:41 +0000 2015",
      "favorited" : false,
      "full_text" : "@rus576 Obrigado, até já",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susanne Eschberger",
            "screen_name" : "susanne_esc36",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700136629",
            "id" : "700136629"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "6",
      "id_str" : "266215384489404520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "266215384489404520",
      "created_at" : "Sun Jun 14 07:57:38 +0000 2015",
      "favorited" : false,
      "full_text" : "@susanne_esc36 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekete Lőrinc",
            "screen_name" : "lorincfekete7",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700104163",
            "id" : "700104163"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "255217093439528223",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "255217093439528223",
      "created_at" : "Sat Jun 13 20:22:44 +0000 2015",
      "favorited" : false,
      "full_text" : "@lorincfekete7 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "138476213263179195",
      "in_reply_to_status_id" : "138476213263179195",
      "in_reply_to_user_id" : "700104163",
      "in_reply_to_user_id_str" : "700104163",
      "in_reply_to_screen_name" : "lorincfekete7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susanne Eschberger",
            "screen_name" : "susanne_esc36",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700136629",
            "id" : "700136629"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "5",
      "id_str" : "189275741777793928",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "189275741777793928",
      "created_at" : "Sat Jun 13 19:26:06 +0000 2015",
      "favorited" : false,
      "full_text" : "@susanne_esc36 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "336232532981900757",
      "in_reply_to_status_id" : "336232532981900757",
      "in_reply_to_user_id" : "700136629",
      "in_reply_to_user_id_str" : "700136629",
      "in_reply_to_screen_name" : "susanne_esc36"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Germán Iglesias",
            "screen_name" : "germaniglesias",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700135880",
            "id" : "700135880"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "9",
      "id_str" : "515067238077740019",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "515067238077740019",
      "created_at" : "Sat Jun 13 04:07:16 +0000 2015",
      "favorited" : false,
      "full_text" : "@germaniglesias Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "334095046052132426",
      "in_reply_to_status_id" : "334095046052132426",
      "in_reply_to_user_id" : "700135880",
      "in_reply_to_user_id_str" : "700135880",
      "in_reply_to_screen_name" : "germaniglesias"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nicole Bradwick",
            "screen_name" : "bradwickn",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700001067",
            "id" : "700001067"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "1105499602336571765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1105499602336571765",
      "created_at" : "Thu Jun 11 14:42:44 +0000 2015",
      "favorited" : false,
      "full_text" : "@bradwickn Cảm ơn bạn nhiều",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rácz Réka",
            "screen_name" : "rekaracz68",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700137959",
            "id" : "700137959"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "6",
      "id_str" : "318631214988021084",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "318631214988021084",
      "created_at" : "Sat Jun 06 20:48:23 +0000 2015",
      "favorited" : false,
      "full_text" : "@rekaracz68 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "665534767847533832",
      "in_reply_to_status_id" : "665534767847533832",
      "in_reply_to_user_id" : "700137959",
      "in_reply_to_user_id_str" : "700137959",
      "in_reply_to_screen_name" : "rekaracz68"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "سارة الكريم",
            "screen_name" : "ara.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700108349",
            "id" : "700108349"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "8",
      "id_str" : "622452874807439032",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "622452874807439032",
      "created_at" : "Mon Jun 01 16:01:48 +0000 2015",
      "favorited" : false,
      "full_text" : "@ara.dev I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "姜嘉琪 🌸",
            "screen_name" : "chi.868",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700093425",
            "id" : "700093425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "5",
      "id_str" : "546780159633911856",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "546780159633911856",
      "created_at" : "Wed May 27 22:39:48 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi.868 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1098248696580572309",
      "in_reply_to_status_id" : "1098248696580572309",
      "in_reply_to_user_id" : "700093425",
      "in_reply_to_user_id_str" : "700093425",
      "in_reply_to_screen_name" : "chi.868"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "森田悠菜",
            "screen_name" : "jap.real8",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700118604",
            "id" : "700118604"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "5",
      "id_str" : "498179027620424909",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "498179027620424909",
      "created_at" : "Sun May 24 18:29:35 +0000 2015",
      "favorited" : false,
      "full_text" : "@jap.real8 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "678095253386368717",
      "in_reply_to_status_id" : "678095253386368717",
      "in_reply_to_user_id" : "700118604",
      "in_reply_to_user_id_str" : "700118604",
      "in_reply_to_screen_name" : "jap.real8"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "森田悠菜",
            "screen_name" : "jap.real8",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700118604",
            "id" : "700118604"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "4",
      "id_str" : "965669317288973710",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "965669317288973710",
      "created_at" : "Mon May 18 12:03:10 +0000 2015",
      "favorited" : false,
      "full_text" : "@jap.real8 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "姜嘉琪 🌸",
            "screen_name" : "chi.868",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700093425",
            "id" : "700093425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "7",
      "id_str" : "251167606368763711",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "251167606368763711",
      "created_at" : "Mon May 11 13:25:39 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi.868 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "姜嘉琪 🌸",
            "screen_name" : "chi.868",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700093425",
            "id" : "700093425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "1",
      "id_str" : "224198628524656682",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "224198628524656682",
      "created_at" : "Sun May 10 21:05:35 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi.868 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "573407394245408315",
      "in_reply_to_status_id" : "573407394245408315",
      "in_reply_to_user_id" : "700093425",
      "in_reply_to_user_id_str" : "700093425",
      "in_reply_to_screen_name" : "chi.868"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Juliette Gauchamp 🌸",
            "screen_name" : "juliette91",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700095189",
            "id" : "700095189"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "4",
      "id_str" : "1080085910802676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1080085910802676",
      "created_at" : "Fri May 08 20:23:37 +0000 2015",
      "favorited" : false,
      "full_text" : "@juliette91 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "275688229271315589",
      "in_reply_to_status_id" : "275688229271315589",
      "in_reply_to_user_id" : "700095189",
      "in_reply_to_user_id_str" : "700095189",
      "in_reply_to_screen_name" : "juliette91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Thomas Hagebaum",
            "screen_name" : "thomas_hagebaum",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700010566",
            "id" : "700010566"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "2",
      "id_str" : "393062922023727378",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "393062922023727378",
      "created_at" : "Fri May 08 10:29:32 +0000 2015",
      "favorited" : false,
      "full_text" : "@thomas_hagebaum Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "769856558196589758",
      "in_reply_to_status_id" : "769856558196589758",
      "in_reply_to_user_id" : "700010566",
      "in_reply_to_user_id_str" : "700010566",
      "in_reply_to_screen_name" : "thomas_hagebaum"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "1119109092599427311",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1119109092599427311",
      "created_at" : "Thu Apr 30 01:17:08 +0000 2015",
      "favorited" : false,
      "full_text" : "@gre64872 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "838297649248306484",
      "in_reply_to_status_id" : "838297649248306484",
      "in_reply_to_user_id" : "700102420",
      "in_reply_to_user_id_str" : "700102420",
      "in_reply_to_screen_name" : "gre64872"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rácz Réka",
            "screen_name" : "rekaracz68",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700137959",
            "id" : "700137959"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "896870453456770208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "896870453456770208",
      "created_at" : "Mon Apr 27 11:40:51 +0000 2015",
      "favorited" : false,
      "full_text" : "@rekaracz68 Thanks so much 🙏",
      "lang" : "en",
      "in_reply_to_status_id_str" : "603587610575918547",
      "in_reply_to_status_id" : "603587610575918547",
      "in_reply_to_user_id" : "700137959",
      "in_reply_to_user_id_str" : "700137959",
      "in_reply_to_screen_name" : "rekaracz68"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Julien Montcourt",
            "screen_name" : "julienmontcourt7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700051103",
            "id" : "700051103"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "2",
      "id_str" : "568302656845326026",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "568302656845326026",
      "created_at" : "Sun Apr 26 16:36:50 +0000 2015",
      "favorited" : false,
      "full_text" : "@julienmontcourt7 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "617574201898782367",
      "in_reply_to_status_id" : "617574201898782367",
      "in_reply_to_user_id" : "700051103",
      "in_reply_to_user_id_str" : "700051103",
      "in_reply_to_screen_name" : "julienmontcourt7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Charles Pemworth",
            "screen_name" : "pemworthc",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700107082",
            "id" : "700107082"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "6",
      "id_str" : "534966176542780720",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "534966176542780720",
      "created_at" : "Wed Apr 22 23:17:55 +0000 2015",
      "favorited" : false,
      "full_text" : "@pemworthc I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "882000549653791740",
      "in_reply_to_status_id" : "882000549653791740",
      "in_reply_to_user_id" : "700107082",
      "in_reply_to_user_id_str" : "700107082",
      "in_reply_to_screen_name" : "pemworthc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Juliette Gauchamp 🌸",
            "screen_name" : "juliette91",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700095189",
            "id" : "700095189"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "168904051166079648",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "168904051166079648",
      "created_at" : "Sun Apr 19 20:10:36 +0000 2015",
      "favorited" : false,
      "full_text" : "@juliette91 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Julien Montcourt",
            "screen_name" : "julienmontcourt7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700051103",
            "id" : "700051103"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "3",
      "id_str" : "276802211781075241",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "276802211781075241",
      "created_at" : "Wed Apr 15 04:05:54 +0000 2015",
      "favorited" : false,
      "full_text" : "@julienmontcourt7 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "200132658459648320",
      "in_reply_to_status_id" : "200132658459648320",
      "in_reply_to_user_id" : "700051103",
      "in_reply_to_user_id_str" : "700051103",
      "in_reply_to_screen_name" : "julienmontcourt7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Дмитрий Черский",
            "screen_name" : "rus_27384",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700001361",
            "id" : "700001361"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "4",
      "id_str" : "409029423653091911",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "409029423653091911",
      "created_at" : "Tue Apr 14 00:59:47 +0000 2015",
      "favorited" : false,
      "full_text" : "@rus_27384 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "421447048205429954",
      "in_reply_to_status_id" : "421447048205429954",
      "in_reply_to_user_id" : "700001361",
      "in_reply_to_user_id_str" : "700001361",
      "in_reply_to_screen_name" : "rus_27384"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rácz Réka",
            "screen_name" : "rekaracz68",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700137959",
            "id" : "700137959"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "8",
      "id_str" : "664148536987832898",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "664148536987832898",
      "created_at" : "Thu Apr 09 03:57:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@rekaracz68 On my way 🚗",
      "lang" : "en",
      "in_reply_to_status_id_str" : "4994037072001908",
      "in_reply_to_status_id" : "4994037072001908",
      "in_reply_to_user_id" : "700137959",
      "in_reply_to_user_id_str" : "700137959",
      "in_reply_to_screen_name" : "rekaracz68"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene López",
            "screen_name" : "lopezi",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141046",
            "id" : "700141046"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "590732031620700071",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "590732031620700071",
      "created_at" : "Sun Apr 05 15:20:49 +0000 2015",
      "favorited" : false,
      "full_text" : "@lopezi Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "374675046838391414",
      "in_reply_to_status_id" : "374675046838391414",
      "in_reply_to_user_id" : "700141046",
      "in_reply_to_user_id_str" : "700141046",
      "in_reply_to_screen_name" : "lopezi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Julien Montcourt",
            "screen_name" : "julienmontcourt7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700051103",
            "id" : "700051103"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "7",
      "id_str" : "988238567662771920",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "988238567662771920",
      "created_at" : "Mon Mar 30 21:11:09 +0000 2015",
      "favorited" : false,
      "full_text" : "@julienmontcourt7 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "561670705093190210",
      "in_reply_to_status_id" : "561670705093190210",
      "in_reply_to_user_id" : "700051103",
      "in_reply_to_user_id_str" : "700051103",
      "in_reply_to_screen_name" : "julienmontcourt7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "姜嘉琪 🌸",
            "screen_name" : "chi.868",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700093425",
            "id" : "700093425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "4",
      "id_str" : "834033214441014685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "834033214441014685",
      "created_at" : "Mon Mar 30 19:33:08 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi.868 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "241452313110025043",
      "in_reply_to_status_id" : "241452313110025043",
      "in_reply_to_user_id" : "700093425",
      "in_reply_to_user_id_str" : "700093425",
      "in_reply_to_screen_name" : "chi.868"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rácz Réka",
            "screen_name" : "rekaracz68",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700137959",
            "id" : "700137959"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "3",
      "id_str" : "287205266355514916",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "287205266355514916",
      "created_at" : "Mon Mar 30 18:38:51 +0000 2015",
      "favorited" : false,
      "full_text" : "@rekaracz68 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susanne Eschberger",
            "screen_name" : "susanne_esc36",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700136629",
            "id" : "700136629"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "3",
      "id_str" : "1051519114007947601",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1051519114007947601",
      "created_at" : "Wed Mar 25 19:12:03 +0000 2015",
      "favorited" : false,
      "full_text" : "@susanne_esc36 Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Germán Iglesias",
            "screen_name" : "germaniglesias",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700135880",
            "id" : "700135880"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "296154610491415786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "296154610491415786",
      "created_at" : "Thu Mar 19 16:16:45 +0000 2015",
      "favorited" : false,
      "full_text" : "@germaniglesias I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "676068940459839272",
      "in_reply_to_status_id" : "676068940459839272",
      "in_reply_to_user_id" : "700135880",
      "in_reply_to_user_id_str" : "700135880",
      "in_reply_to_screen_name" : "germaniglesias"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sébastien Vauville ✨",
            "screen_name" : "sebastien_vauville",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700041625",
            "id" : "700041625"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "4",
      "id_str" : "348745973049083697",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "348745973049083697",
      "created_at" : "Fri Mar 13 20:06:57 +0000 2015",
      "favorited" : false,
      "full_text" : "@sebastien_vauville Can you send me the slides?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Julien Montcourt",
            "screen_name" : "julienmontcourt7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700051103",
            "id" : "700051103"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "3",
      "id_str" : "994716789620377074",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "994716789620377074",
      "created_at" : "Mon Mar 09 09:12:13 +0000 2015",
      "favorited" : false,
      "full_text" : "@julienmontcourt7 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "546637349020955475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "546637349020955475",
      "created_at" : "Thu Feb 26 22:59:56 +0000 2015",
      "favorited" : false,
      "full_text" : "@gre64872 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "836527751997125105",
      "in_reply_to_status_id" : "836527751997125105",
      "in_reply_to_user_id" : "700102420",
      "in_reply_to_user_id_str" : "700102420",
      "in_reply_to_screen_name" : "gre64872"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "417703748961492174",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "417703748961492174",
      "created_at" : "Sun Feb 22 11:02:39 +0000 2015",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 Sounds good 👍",
      "lang" : "en",
      "in_reply_to_status_id_str" : "600828656534794391",
      "in_reply_to_status_id" : "600828656534794391",
      "in_reply_to_user_id" : "700025147",
      "in_reply_to_user_id_str" : "700025147",
      "in_reply_to_screen_name" : "bettythorncombe47"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rebecca Lloyd",
            "screen_name" : "lloydr",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700135915",
            "id" : "700135915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "134919082508051712",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "134919082508051712",
      "created_at" : "Fri Feb 13 23:53:34 +0000 2015",
      "favorited" : false,
      "full_text" : "@lloydr I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "942275197787017204",
      "in_reply_to_status_id" : "942275197787017204",
      "in_reply_to_user_id" : "700135915",
      "in_reply_to_user_id_str" : "700135915",
      "in_reply_to_screen_name" : "lloydr"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "5",
      "id_str" : "871769601506611829",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "871769601506611829",
      "created_at" : "Tue Feb 10 08:38:12 +0000 2015",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene López",
            "screen_name" : "lopezi",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141046",
            "id" : "700141046"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "4",
      "id_str" : "819018963355438128",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "819018963355438128",
      "created_at" : "Sun Feb 08 21:01:33 +0000 2015",
      "favorited" : false,
      "full_text" : "@lopezi Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "729130998793829768",
      "in_reply_to_status_id" : "729130998793829768",
      "in_reply_to_user_id" : "700141046",
      "in_reply_to_user_id_str" : "700141046",
      "in_reply_to_screen_name" : "lopezi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene López",
            "screen_name" : "lopezi",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141046",
            "id" : "700141046"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "7",
      "id_str" : "1108897305578246293",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1108897305578246293",
      "created_at" : "Sun Feb 08 05:20:55 +0000 2015",
      "favorited" : false,
      "full_text" : "@lopezi Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1022913026203096805",
      "in_reply_to_status_id" : "1022913026203096805",
      "in_reply_to_user_id" : "700141046",
      "in_reply_to_user_id_str" : "700141046",
      "in_reply_to_screen_name" : "lopezi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "5",
      "id_str" : "710780533676671290",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "710780533676671290",
      "created_at" : "Sat Jan 31 10:55:18 +0000 2015",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 ありがとう！",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sébastien Vauville ✨",
            "screen_name" : "sebastien_vauville",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700041625",
            "id" : "700041625"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "4",
      "id_str" : "448506683990640890",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "448506683990640890",
      "created_at" : "Sun Jan 25 01:50:18 +0000 2015",
      "favorited" : false,
      "full_text" : "@sebastien_vauville Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "4",
      "id_str" : "60545221341882294",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "60545221341882294",
      "created_at" : "Fri Jan 23 04:32:38 +0000 2015",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "672997615691600318",
      "in_reply_to_status_id" : "672997615691600318",
      "in_reply_to_user_id" : "700025147",
      "in_reply_to_user_id_str" : "700025147",
      "in_reply_to_screen_name" : "bettythorncombe47"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "0",
      "id_str" : "837901476605762616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "837901476605762616",
      "created_at" : "Mon Jan 19 17:20:57 +0000 2015",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "7",
      "id_str" : "404771490674843523",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "404771490674843523",
      "created_at" : "Thu Jan 15 08:35:47 +0000 2015",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1013636329467140040",
      "in_reply_to_status_id" : "1013636329467140040",
      "in_reply_to_user_id" : "700025147",
      "in_reply_to_user_id_str" : "700025147",
      "in_reply_to_screen_name" : "bettythorncombe47"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "4",
      "id_str" : "881993598969110209",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "881993598969110209",
      "created_at" : "Wed Jan 07 12:49:39 +0000 2015",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "807963770139560740",
      "in_reply_to_status_id" : "807963770139560740",
      "in_reply_to_user_id" : "700054323",
      "in_reply_to_user_id_str" : "700054323",
      "in_reply_to_screen_name" : "jadwigamichalak86"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "4",
      "id_str" : "1142031883017139601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1142031883017139601",
      "created_at" : "Sat Jan 03 17:34:17 +0000 2015",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "森田悠菜",
            "screen_name" : "jap.real8",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700118604",
            "id" : "700118604"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "6",
      "id_str" : "709034647322126683",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "709034647322126683",
      "created_at" : "Sat Dec 27 21:32:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@jap.real8 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "136692709105338262",
      "in_reply_to_status_id" : "136692709105338262",
      "in_reply_to_user_id" : "700118604",
      "in_reply_to_user_id_str" : "700118604",
      "in_reply_to_screen_name" : "jap.real8"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "3",
      "id_str" : "232741824152640330",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "232741824152640330",
      "created_at" : "Mon Dec 22 02:48:04 +0000 2014",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "814373235022605660",
      "in_reply_to_status_id" : "814373235022605660",
      "in_reply_to_user_id" : "700054323",
      "in_reply_to_user_id_str" : "700054323",
      "in_reply_to_screen_name" : "jadwigamichalak86"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "2",
      "id_str" : "844767581866769134",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "844767581866769134",
      "created_at" : "Sun Dec 21 16:06:42 +0000 2014",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "688551407474365654",
      "in_reply_to_status_id" : "688551407474365654",
      "in_reply_to_user_id" : "700025147",
      "in_reply_to_user_id_str" : "700025147",
      "in_reply_to_screen_name" : "bettythorncombe47"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "森田悠菜",
            "screen_name" : "jap.real8",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700118604",
            "id" : "700118604"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "4",
      "id_str" : "449513243045235233",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "449513243045235233",
      "created_at" : "Mon Dec 15 20:45:26 +0000 2014",
      "favorited" : false,
      "full_text" : "@jap.real8 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "919594515605500789",
      "in_reply_to_status_id" : "919594515605500789",
      "in_reply_to_user_id" : "700118604",
      "in_reply_to_user_id_str" : "700118604",
      "in_reply_to_screen_name" : "jap.real8"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "邓梓怡",
            "screen_name" : "c9821",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700078627",
            "id" : "700078627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "5",
      "id_str" : "50357599896188657",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "50357599896188657",
      "created_at" : "Mon Dec 15 13:46:25 +0000 2014",
      "favorited" : false,
      "full_text" : "@c9821 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "952924816542637921",
      "in_reply_to_status_id" : "952924816542637921",
      "in_reply_to_user_id" : "700078627",
      "in_reply_to_user_id_str" : "700078627",
      "in_reply_to_screen_name" : "c9821"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ольга Некрев",
            "screen_name" : "683r",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700008417",
            "id" : "700008417"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "5",
      "id_str" : "237031692833525842",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "237031692833525842",
      "created_at" : "Mon Dec 15 12:36:08 +0000 2014",
      "favorited" : false,
      "full_text" : "@683r Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1129988680314336671",
      "in_reply_to_status_id" : "1129988680314336671",
      "in_reply_to_user_id" : "700008417",
      "in_reply_to_user_id_str" : "700008417",
      "in_reply_to_screen_name" : "683r"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "4",
      "id_str" : "875146988036109155",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "875146988036109155",
      "created_at" : "Tue Dec 09 07:35:49 +0000 2014",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "151908109367219125",
      "in_reply_to_status_id" : "151908109367219125",
      "in_reply_to_user_id" : "700054323",
      "in_reply_to_user_id_str" : "700054323",
      "in_reply_to_screen_name" : "jadwigamichalak86"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Barbara Mazur",
            "screen_name" : "barbara.music",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700081371",
            "id" : "700081371"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "5",
      "id_str" : "350529072666120885",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "350529072666120885",
      "created_at" : "Sat Dec 06 00:15:10 +0000 2014",
      "favorited" : false,
      "full_text" : "@barbara.music Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "6",
      "id_str" : "246088401856492211",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "246088401856492211",
      "created_at" : "Thu Dec 04 05:24:34 +0000 2014",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "373600050246770683",
      "in_reply_to_status_id" : "373600050246770683",
      "in_reply_to_user_id" : "700054323",
      "in_reply_to_user_id_str" : "700054323",
      "in_reply_to_screen_name" : "jadwigamichalak86"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "2",
      "id_str" : "352050602165014874",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "352050602165014874",
      "created_at" : "Thu Dec 04 02:27:44 +0000 2014",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "4",
      "id_str" : "224988817046422328",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "224988817046422328",
      "created_at" : "Tue Nov 18 18:46:19 +0000 2014",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Дмитрий Черский",
            "screen_name" : "rus_27384",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700001361",
            "id" : "700001361"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "5",
      "id_str" : "554298390033611126",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "554298390033611126",
      "created_at" : "Tue Nov 18 06:15:22 +0000 2014",
      "favorited" : false,
      "full_text" : "@rus_27384 Danke dir, bis später",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jason Bishop",
            "screen_name" : "bishopj",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700071991",
            "id" : "700071991"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "5",
      "id_str" : "686262691413415384",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "686262691413415384",
      "created_at" : "Mon Nov 17 19:55:01 +0000 2014",
      "favorited" : false,
      "full_text" : "@bishopj Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Garanca",
            "screen_name" : "fernandogaranca",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700129839",
            "id" : "700129839"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "3",
      "id_str" : "585871710928180624",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "585871710928180624",
      "created_at" : "Tue Nov 11 15:14:19 +0000 2014",
      "favorited" : false,
      "full_text" : "@fernandogaranca Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Clément Clairchamp",
            "screen_name" : "clairchampc",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700119808",
            "id" : "700119808"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "6",
      "id_str" : "697419879316638861",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "697419879316638861",
      "created_at" : "Sun Nov 09 08:58:57 +0000 2014",
      "favorited" : false,
      "full_text" : "@clairchampc Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "360935601723637959",
      "in_reply_to_status_id" : "360935601723637959",
      "in_reply_to_user_id" : "700119808",
      "in_reply_to_user_id_str" : "700119808",
      "in_reply_to_screen_name" : "clairchampc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaret Hayes",
            "screen_name" : "margarethayes56",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700109112",
            "id" : "700109112"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "5",
      "id_str" : "746598438481072306",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "746598438481072306",
      "created_at" : "Sat Nov 08 03:49:44 +0000 2014",
      "favorited" : false,
      "full_text" : "@margarethayes56 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "935755605709979944",
      "in_reply_to_status_id" : "935755605709979944",
      "in_reply_to_user_id" : "700109112",
      "in_reply_to_user_id_str" : "700109112",
      "in_reply_to_screen_name" : "margarethayes56"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jason Bishop",
            "screen_name" : "bishopj",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700071991",
            "id" : "700071991"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "3",
      "id_str" : "273120450984891146",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "273120450984891146",
      "created_at" : "Tue Nov 04 01:24:47 +0000 2014",
      "favorited" : false,
      "full_text" : "@bishopj Miss you guys ❤️",
      "lang" : "en",
      "in_reply_to_status_id_str" : "633723727399164678",
      "in_reply_to_status_id" : "633723727399164678",
      "in_reply_to_user_id" : "700071991",
      "in_reply_to_user_id_str" : "700071991",
      "in_reply_to_screen_name" : "bishopj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "2",
      "id_str" : "1138509820997119461",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1138509820997119461",
      "created_at" : "Sun Nov 02 02:40:40 +0000 2014",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "898286980308166980",
      "in_reply_to_status_id" : "898286980308166980",
      "in_reply_to_user_id" : "700025147",
      "in_reply_to_user_id_str" : "700025147",
      "in_reply_to_screen_name" : "bettythorncombe47"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ольга Некрев",
            "screen_name" : "683r",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700008417",
            "id" : "700008417"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "4",
      "id_str" : "190502602254687256",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "190502602254687256",
      "created_at" : "Tue Oct 28 11:08:28 +0000 2014",
      "favorited" : false,
      "full_text" : "@683r Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "916569372743539345",
      "in_reply_to_status_id" : "916569372743539345",
      "in_reply_to_user_id" : "700008417",
      "in_reply_to_user_id_str" : "700008417",
      "in_reply_to_screen_name" : "683r"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Hathermore",
            "screen_name" : "dan_hat5",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700014402",
            "id" : "700014402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "5",
      "id_str" : "505209306831270486",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "505209306831270486",
      "created_at" : "Fri Oct 24 00:15:48 +0000 2014",
      "favorited" : false,
      "full_text" : "@dan_hat5 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "495452849124251838",
      "in_reply_to_status_id" : "495452849124251838",
      "in_reply_to_user_id" : "700014402",
      "in_reply_to_user_id_str" : "700014402",
      "in_reply_to_screen_name" : "dan_hat5"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Germán González",
            "screen_name" : "germangonzalez",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700046826",
            "id" : "700046826"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "3",
      "id_str" : "35479589308340718",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "35479589308340718",
      "created_at" : "Mon Oct 20 02:46:48 +0000 2014",
      "favorited" : false,
      "full_text" : "@germangonzalez Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "452989547584345134",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "452989547584345134",
      "created_at" : "Sun Oct 19 14:19:11 +0000 2014",
      "favorited" : false,
      "full_text" : "@gre64872 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "757860882336536851",
      "in_reply_to_status_id" : "757860882336536851",
      "in_reply_to_user_id" : "700102420",
      "in_reply_to_user_id_str" : "700102420",
      "in_reply_to_screen_name" : "gre64872"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "邓梓怡",
            "screen_name" : "c9821",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700078627",
            "id" : "700078627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "493738981418010127",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "493738981418010127",
      "created_at" : "Sat Oct 18 14:02:39 +0000 2014",
      "favorited" : false,
      "full_text" : "@c9821 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ægir Bjørklund",
            "screen_name" : "girbjorklund",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096701",
            "id" : "700096701"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "508664605750299882",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "508664605750299882",
      "created_at" : "Tue Oct 14 04:07:02 +0000 2014",
      "favorited" : false,
      "full_text" : "@girbjorklund Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "386728628901562863",
      "in_reply_to_status_id" : "386728628901562863",
      "in_reply_to_user_id" : "700096701",
      "in_reply_to_user_id_str" : "700096701",
      "in_reply_to_screen_name" : "girbjorklund"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Hathermore",
            "screen_name" : "dan_hat5",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700014402",
            "id" : "700014402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "565285189936140020",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "565285189936140020",
      "created_at" : "Sat Oct 11 05:37:10 +0000 2014",
      "favorited" : false,
      "full_text" : "@dan_hat5 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "5",
      "id_str" : "923577090595504031",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "923577090595504031",
      "created_at" : "Fri Oct 03 05:23:11 +0000 2014",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "754258914458619095",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "754258914458619095",
      "created_at" : "Tue Sep 30 06:32:13 +0000 2014",
      "favorited" : false,
      "full_text" : "@gre64872 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "1149073283826780988",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1149073283826780988",
      "created_at" : "Sun Sep 28 08:07:50 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "935987045095503415",
      "in_reply_to_status_id" : "935987045095503415",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "1",
      "id_str" : "530010736910805249",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "530010736910805249",
      "created_at" : "Thu Sep 25 22:16:12 +0000 2014",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ольга Некрев",
            "screen_name" : "683r",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700008417",
            "id" : "700008417"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "4",
      "id_str" : "122312071566606465",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "122312071566606465",
      "created_at" : "Mon Sep 22 01:05:52 +0000 2014",
      "favorited" : false,
      "full_text" : "@683r OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "605247037649545671",
      "in_reply_to_status_id" : "605247037649545671",
      "in_reply_to_user_id" : "700008417",
      "in_reply_to_user_id_str" : "700008417",
      "in_reply_to_screen_name" : "683r"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "سارة الكريم",
            "screen_name" : "ara.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700108349",
            "id" : "700108349"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "679154328565594511",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "679154328565594511",
      "created_at" : "Mon Sep 08 03:50:59 +0000 2014",
      "favorited" : false,
      "full_text" : "@ara.dev Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Garanca",
            "screen_name" : "fernandogaranca",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700129839",
            "id" : "700129839"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "1",
      "id_str" : "341881717933879699",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "341881717933879699",
      "created_at" : "Fri Sep 05 08:53:52 +0000 2014",
      "favorited" : false,
      "full_text" : "@fernandogaranca Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1071165288957551404",
      "in_reply_to_status_id" : "1071165288957551404",
      "in_reply_to_user_id" : "700129839",
      "in_reply_to_user_id_str" : "700129839",
      "in_reply_to_screen_name" : "fernandogaranca"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Garanca",
            "screen_name" : "fernandogaranca",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700129839",
            "id" : "700129839"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "332684049437456005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "332684049437456005",
      "created_at" : "Fri Sep 05 01:53:33 +0000 2014",
      "favorited" : false,
      "full_text" : "@fernandogaranca I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "697215437395450622",
      "in_reply_to_status_id" : "697215437395450622",
      "in_reply_to_user_id" : "700129839",
      "in_reply_to_user_id_str" : "700129839",
      "in_reply_to_screen_name" : "fernandogaranca"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "سارة الكريم",
            "screen_name" : "ara.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700108349",
            "id" : "700108349"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "1",
      "id_str" : "542779025337762000",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "542779025337762000",
      "created_at" : "Sun Aug 31 20:44:21 +0000 2014",
      "favorited" : false,
      "full_text" : "@ara.dev See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "134178615884851581",
      "in_reply_to_status_id" : "134178615884851581",
      "in_reply_to_user_id" : "700108349",
      "in_reply_to_user_id_str" : "700108349",
      "in_reply_to_screen_name" : "ara.dev"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Елена Щербова",
            "screen_name" : "r27592",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700145253",
            "id" : "700145253"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "3",
      "id_str" : "266767093110602230",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "266767093110602230",
      "created_at" : "Thu Aug 28 06:46:57 +0000 2014",
      "favorited" : false,
      "full_text" : "@r27592 Thanks so much 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Melissa Murphy",
            "screen_name" : "melissa81",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700135131",
            "id" : "700135131"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "1",
      "id_str" : "307403002169610557",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "307403002169610557",
      "created_at" : "Sat Aug 16 05:15:39 +0000 2014",
      "favorited" : false,
      "full_text" : "@melissa81 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "632048253800925180",
      "in_reply_to_status_id" : "632048253800925180",
      "in_reply_to_user_id" : "700135131",
      "in_reply_to_user_id_str" : "700135131",
      "in_reply_to_screen_name" : "melissa81"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "855631314940913211",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "855631314940913211",
      "created_at" : "Wed Aug 13 13:26:37 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "872374222654689793",
      "in_reply_to_status_id" : "872374222654689793",
      "in_reply_to_user_id" : "700152134",
      "in_reply_to_user_id_str" : "700152134",
      "in_reply_to_screen_name" : "279j"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Hathermore",
            "screen_name" : "dan_hat5",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700014402",
            "id" : "700014402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "3",
      "id_str" : "95594569641560169",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "95594569641560169",
      "created_at" : "Tue Aug 12 08:07:31 +0000 2014",
      "favorited" : false,
      "full_text" : "@dan_hat5 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "280364073737779753",
      "in_reply_to_status_id" : "280364073737779753",
      "in_reply_to_user_id" : "700014402",
      "in_reply_to_user_id_str" : "700014402",
      "in_reply_to_screen_name" : "dan_hat5"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "3",
      "id_str" : "806629276920589954",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "806629276920589954",
      "created_at" : "Thu Aug 07 02:08:05 +0000 2014",
      "favorited" : false,
      "full_text" : "@gre64872 Sounds good 👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Ibáñez",
            "screen_name" : "sofia82",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700044509",
            "id" : "700044509"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "5",
      "id_str" : "1136646456552078557",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1136646456552078557",
      "created_at" : "Wed Aug 06 23:03:47 +0000 2014",
      "favorited" : false,
      "full_text" : "@sofia82 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "832726387036787499",
      "in_reply_to_status_id" : "832726387036787499",
      "in_reply_to_user_id" : "700044509",
      "in_reply_to_user_id_str" : "700044509",
      "in_reply_to_screen_name" : "sofia82"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "4",
      "id_str" : "585180821010158724",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "585180821010158724",
      "created_at" : "Sat Aug 02 03:09:23 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 Good luck with the launch 🚀",
      "lang" : "en",
      "in_reply_to_status_id_str" : "590802589531827302",
      "in_reply_to_status_id" : "590802589531827302",
      "in_reply_to_user_id" : "700007850",
      "in_reply_to_user_id_str" : "700007850",
      "in_reply_to_screen_name" : "chi05410"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "2",
      "id_str" : "209495602517603040",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "209495602517603040",
      "created_at" : "Thu Jul 31 18:18:24 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "681326740978384872",
      "in_reply_to_status_id" : "681326740978384872",
      "in_reply_to_user_id" : "700152134",
      "in_reply_to_user_id_str" : "700152134",
      "in_reply_to_screen_name" : "279j"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周浩洋",
            "screen_name" : "chi99",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700080797",
            "id" : "700080797"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "2",
      "id_str" : "1051361696516664564",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1051361696516664564",
      "created_at" : "Wed Jul 30 00:27:56 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi99 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Елена Щербова",
            "screen_name" : "r27592",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700145253",
            "id" : "700145253"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "5",
      "id_str" : "113863175607664940",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "113863175607664940",
      "created_at" : "Thu Jul 24 13:20:56 +0000 2014",
      "favorited" : false,
      "full_text" : "@r27592 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "4",
      "id_str" : "109337443471257182",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "109337443471257182",
      "created_at" : "Mon Jun 30 12:03:10 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "2",
      "id_str" : "565629403020784482",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "565629403020784482",
      "created_at" : "Fri Jun 27 20:06:50 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Sounds good 👍",
      "lang" : "en",
      "in_reply_to_status_id_str" : "737361413079433737",
      "in_reply_to_status_id" : "737361413079433737",
      "in_reply_to_user_id" : "700152134",
      "in_reply_to_user_id_str" : "700152134",
      "in_reply_to_screen_name" : "279j"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "4",
      "id_str" : "495527846352534362",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "495527846352534362",
      "created_at" : "Tue Jun 24 10:54:31 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "526576343392763790",
      "in_reply_to_status_id" : "526576343392763790",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "1",
      "id_str" : "981669719130971347",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "981669719130971347",
      "created_at" : "Mon Jun 16 15:35:51 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "2",
      "id_str" : "553862442905459856",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "553862442905459856",
      "created_at" : "Sun Jun 15 08:26:52 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 ありがとう！",
      "lang" : "en",
      "in_reply_to_status_id_str" : "147458420414886436",
      "in_reply_to_status_id" : "147458420414886436",
      "in_reply_to_user_id" : "700007850",
      "in_reply_to_user_id_str" : "700007850",
      "in_reply_to_screen_name" : "chi05410"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Михаил Тихова",
            "screen_name" : "rus_05348",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700024293",
            "id" : "700024293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "4",
      "id_str" : "852593806023797514",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "852593806023797514",
      "created_at" : "Tue Jun 10 23:03:51 +0000 2014",
      "favorited" : false,
      "full_text" : "@rus_05348 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "244208679726494684",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "244208679726494684",
      "created_at" : "Thu Jun 05 17:20:30 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "4",
      "id_str" : "419459706243064983",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "419459706243064983",
      "created_at" : "Thu Jun 05 15:55:02 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "سارة الكريم",
            "screen_name" : "ara.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700108349",
            "id" : "700108349"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "2",
      "id_str" : "276793708112306487",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "276793708112306487",
      "created_at" : "Wed Jun 04 07:32:19 +0000 2014",
      "favorited" : false,
      "full_text" : "@ara.dev Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Allen",
            "screen_name" : "allene",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700092389",
            "id" : "700092389"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "2",
      "id_str" : "212998340647226889",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "212998340647226889",
      "created_at" : "Thu May 29 20:06:34 +0000 2014",
      "favorited" : false,
      "full_text" : "@allene OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Christopher Blackley",
            "screen_name" : "christopher.dev",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700001627",
            "id" : "700001627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "3",
      "id_str" : "386337390593945163",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "386337390593945163",
      "created_at" : "Sun May 25 21:28:56 +0000 2014",
      "favorited" : false,
      "full_text" : "@christopher.dev Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "2",
      "id_str" : "158744025606641962",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "158744025606641962",
      "created_at" : "Tue May 20 10:40:35 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Miss you guys ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "1",
      "id_str" : "44386553366326220",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "44386553366326220",
      "created_at" : "Mon May 19 03:48:11 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "2",
      "id_str" : "754139561046358273",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "754139561046358273",
      "created_at" : "Sun May 18 14:38:00 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "231450347267707606",
      "in_reply_to_status_id" : "231450347267707606",
      "in_reply_to_user_id" : "700007850",
      "in_reply_to_user_id_str" : "700007850",
      "in_reply_to_screen_name" : "chi05410"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "2",
      "id_str" : "47423351879395760",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "47423351879395760",
      "created_at" : "Sun May 04 07:32:11 +0000 2014",
      "favorited" : false,
      "full_text" : "@gre64872 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "2",
      "id_str" : "727729126720221506",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "727729126720221506",
      "created_at" : "Thu May 01 19:17:53 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "776869091363912310",
      "in_reply_to_status_id" : "776869091363912310",
      "in_reply_to_user_id" : "700007850",
      "in_reply_to_user_id_str" : "700007850",
      "in_reply_to_screen_name" : "chi05410"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "2",
      "id_str" : "721272996629359253",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "721272996629359253",
      "created_at" : "Fri Apr 25 02:23:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "826497440176327461",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "826497440176327461",
      "created_at" : "Mon Apr 21 18:14:58 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1144056481768144835",
      "in_reply_to_status_id" : "1144056481768144835",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "1",
      "id_str" : "746481198199499601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "746481198199499601",
      "created_at" : "Thu Apr 17 08:51:15 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "492350053580258893",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "492350053580258893",
      "created_at" : "Wed Apr 16 10:46:41 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "625509393112211969",
      "in_reply_to_status_id" : "625509393112211969",
      "in_reply_to_user_id" : "700152134",
      "in_reply_to_user_id_str" : "700152134",
      "in_reply_to_screen_name" : "279j"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "316075069736893438",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "316075069736893438",
      "created_at" : "Tue Apr 15 02:10:51 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Miss you guys ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Елена Щербова",
            "screen_name" : "r27592",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700145253",
            "id" : "700145253"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "888137087741060482",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "888137087741060482",
      "created_at" : "Sat Apr 05 23:28:17 +0000 2014",
      "favorited" : false,
      "full_text" : "@r27592 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "3",
      "id_str" : "353121263451588832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "353121263451588832",
      "created_at" : "Thu Apr 03 08:13:36 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Hathermore",
            "screen_name" : "dan_hat5",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700014402",
            "id" : "700014402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "35077420754591672",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "35077420754591672",
      "created_at" : "Fri Mar 14 17:37:35 +0000 2014",
      "favorited" : false,
      "full_text" : "@dan_hat5 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Hathermore",
            "screen_name" : "dan_hat5",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700014402",
            "id" : "700014402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "6",
      "id_str" : "975932810265646603",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "975932810265646603",
      "created_at" : "Thu Mar 13 02:41:36 +0000 2014",
      "favorited" : false,
      "full_text" : "@dan_hat5 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "673757615820184776",
      "in_reply_to_status_id" : "673757615820184776",
      "in_reply_to_user_id" : "700014402",
      "in_reply_to_user_id_str" : "700014402",
      "in_reply_to_screen_name" : "dan_hat5"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Clairnoir",
            "screen_name" : "nathalie_clairnoir",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700069933",
            "id" : "700069933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "1",
      "id_str" : "948210926548175512",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "948210926548175512",
      "created_at" : "Mon Mar 10 14:48:58 +0000 2014",
      "favorited" : false,
      "full_text" : "@nathalie_clairnoir Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "940569364345800392",
      "in_reply_to_status_id" : "940569364345800392",
      "in_reply_to_user_id" : "700069933",
      "in_reply_to_user_id_str" : "700069933",
      "in_reply_to_screen_name" : "nathalie_clairnoir"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Hathermore",
            "screen_name" : "dan_hat5",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700014402",
            "id" : "700014402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "2",
      "id_str" : "265648507428697546",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "265648507428697546",
      "created_at" : "Sun Mar 09 22:34:12 +0000 2014",
      "favorited" : false,
      "full_text" : "@dan_hat5 Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sébastien Vauville ✨",
            "screen_name" : "sebastien_vauville",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700041625",
            "id" : "700041625"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "2",
      "id_str" : "290768689169061150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "290768689169061150",
      "created_at" : "Sun Mar 09 01:56:31 +0000 2014",
      "favorited" : false,
      "full_text" : "@sebastien_vauville Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Hathermore",
            "screen_name" : "dan_hat5",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700014402",
            "id" : "700014402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "260581179951592972",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "260581179951592972",
      "created_at" : "Sat Mar 08 14:36:49 +0000 2014",
      "favorited" : false,
      "full_text" : "@dan_hat5 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "721449417559554141",
      "in_reply_to_status_id" : "721449417559554141",
      "in_reply_to_user_id" : "700014402",
      "in_reply_to_user_id_str" : "700014402",
      "in_reply_to_screen_name" : "dan_hat5"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "3",
      "id_str" : "267137806106837243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "267137806106837243",
      "created_at" : "Tue Mar 04 21:30:46 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Clairnoir",
            "screen_name" : "nathalie_clairnoir",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700069933",
            "id" : "700069933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "1",
      "id_str" : "164619223014346308",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "164619223014346308",
      "created_at" : "Fri Feb 28 15:45:40 +0000 2014",
      "favorited" : false,
      "full_text" : "@nathalie_clairnoir I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "2",
      "id_str" : "550046176291171316",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "550046176291171316",
      "created_at" : "Fri Feb 28 04:17:57 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "460579722229540323",
      "in_reply_to_status_id" : "460579722229540323",
      "in_reply_to_user_id" : "700007850",
      "in_reply_to_user_id_str" : "700007850",
      "in_reply_to_screen_name" : "chi05410"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "1",
      "id_str" : "5505445262266317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "5505445262266317",
      "created_at" : "Tue Feb 25 03:35:40 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "56887757896841879",
      "in_reply_to_status_id" : "56887757896841879",
      "in_reply_to_user_id" : "700007850",
      "in_reply_to_user_id_str" : "700007850",
      "in_reply_to_screen_name" : "chi05410"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Clairnoir",
            "screen_name" : "nathalie_clairnoir",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700069933",
            "id" : "700069933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "1",
      "id_str" : "952182589662270637",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "952182589662270637",
      "created_at" : "Mon Feb 24 04:00:18 +0000 2014",
      "favorited" : false,
      "full_text" : "@nathalie_clairnoir OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周浩洋",
            "screen_name" : "chi99",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700080797",
            "id" : "700080797"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "674839480974367821",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "674839480974367821",
      "created_at" : "Sun Feb 23 06:24:26 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi99 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Thân Phương Hương",
            "screen_name" : "phuonghuongthan",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700041072",
            "id" : "700041072"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "1",
      "id_str" : "1005307443577765447",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1005307443577765447",
      "created_at" : "Fri Feb 21 05:37:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@phuonghuongthan Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "367897836037966984",
      "in_reply_to_status_id" : "367897836037966984",
      "in_reply_to_user_id" : "700041072",
      "in_reply_to_user_id_str" : "700041072",
      "in_reply_to_screen_name" : "phuonghuongthan"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Clairnoir",
            "screen_name" : "nathalie_clairnoir",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700069933",
            "id" : "700069933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "1",
      "id_str" : "125279388956827521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "125279388956827521",
      "created_at" : "Mon Feb 17 21:26:13 +0000 2014",
      "favorited" : false,
      "full_text" : "@nathalie_clairnoir Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "832087143097482855",
      "in_reply_to_status_id" : "832087143097482855",
      "in_reply_to_user_id" : "700069933",
      "in_reply_to_user_id_str" : "700069933",
      "in_reply_to_screen_name" : "nathalie_clairnoir"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Елена Щербова",
            "screen_name" : "r27592",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700145253",
            "id" : "700145253"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "950099832710643421",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "950099832710643421",
      "created_at" : "Sun Feb 16 00:44:01 +0000 2014",
      "favorited" : false,
      "full_text" : "@r27592 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "972975005243145181",
      "in_reply_to_status_id" : "972975005243145181",
      "in_reply_to_user_id" : "700145253",
      "in_reply_to_user_id_str" : "700145253",
      "in_reply_to_screen_name" : "r27592"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elena Esero",
            "screen_name" : "eesero1",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700077129",
            "id" : "700077129"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "1",
      "id_str" : "668151007316909535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "668151007316909535",
      "created_at" : "Tue Feb 11 21:59:01 +0000 2014",
      "favorited" : false,
      "full_text" : "@eesero1 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "72980615060504445",
      "in_reply_to_status_id" : "72980615060504445",
      "in_reply_to_user_id" : "700077129",
      "in_reply_to_user_id_str" : "700077129",
      "in_reply_to_screen_name" : "eesero1"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "813027394927179135",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "813027394927179135",
      "created_at" : "Sun Feb 09 03:23:36 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "1057656648315730933",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1057656648315730933",
      "created_at" : "Sat Feb 08 22:20:02 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "288932652812330995",
      "in_reply_to_status_id" : "288932652812330995",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "1",
      "id_str" : "871835296924177902",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "871835296924177902",
      "created_at" : "Fri Feb 07 12:45:42 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "379121212144532683",
      "in_reply_to_status_id" : "379121212144532683",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sébastien Vauville ✨",
            "screen_name" : "sebastien_vauville",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700041625",
            "id" : "700041625"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "1",
      "id_str" : "46591465493566533",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "46591465493566533",
      "created_at" : "Fri Jan 31 03:52:35 +0000 2014",
      "favorited" : false,
      "full_text" : "@sebastien_vauville Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "941726998591079634",
      "in_reply_to_status_id" : "941726998591079634",
      "in_reply_to_user_id" : "700041625",
      "in_reply_to_user_id_str" : "700041625",
      "in_reply_to_screen_name" : "sebastien_vauville"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "3",
      "id_str" : "479383684663395961",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "479383684663395961",
      "created_at" : "Mon Jan 27 08:01:49 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "980537471472891744",
      "in_reply_to_status_id" : "980537471472891744",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "163646409872577966",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "163646409872577966",
      "created_at" : "Sat Jan 25 20:51:34 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "743083645551149102",
      "in_reply_to_status_id" : "743083645551149102",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Clairnoir",
            "screen_name" : "nathalie_clairnoir",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700069933",
            "id" : "700069933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "3",
      "id_str" : "1043581459879994182",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1043581459879994182",
      "created_at" : "Thu Jan 16 09:51:57 +0000 2014",
      "favorited" : false,
      "full_text" : "@nathalie_clairnoir Спасибо, увидимся",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1139971753427421580",
      "in_reply_to_status_id" : "1139971753427421580",
      "in_reply_to_user_id" : "700069933",
      "in_reply_to_user_id_str" : "700069933",
      "in_reply_to_screen_name" : "nathalie_clairnoir"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "1",
      "id_str" : "243554189946627891",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "243554189946627891",
      "created_at" : "Sun Jan 12 12:23:34 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "839632806870584343",
      "in_reply_to_status_id" : "839632806870584343",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "1",
      "id_str" : "536823477859220216",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "536823477859220216",
      "created_at" : "Mon Dec 30 13:51:22 +0000 2013",
      "favorited" : false,
      "full_text" : "@vargam Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "866489830093661434",
      "in_reply_to_status_id" : "866489830093661434",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Михаил Тихова",
            "screen_name" : "rus_05348",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700024293",
            "id" : "700024293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "2",
      "id_str" : "845852497547358774",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "845852497547358774",
      "created_at" : "Thu Dec 26 01:30:50 +0000 2013",
      "favorited" : false,
      "full_text" : "@rus_05348 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1105049454834270856",
      "in_reply_to_status_id" : "1105049454834270856",
      "in_reply_to_user_id" : "700024293",
      "in_reply_to_user_id_str" : "700024293",
      "in_reply_to_screen_name" : "rus_05348"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Clairnoir",
            "screen_name" : "nathalie_clairnoir",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700069933",
            "id" : "700069933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "3",
      "id_str" : "169897971097702649",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "169897971097702649",
      "created_at" : "Sat Dec 21 06:44:13 +0000 2013",
      "favorited" : false,
      "full_text" : "@nathalie_clairnoir I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "999995021125728331",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "999995021125728331",
      "created_at" : "Fri Dec 20 14:19:10 +0000 2013",
      "favorited" : false,
      "full_text" : "@vargam Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "川村結斗",
            "screen_name" : "jap98981",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700112584",
            "id" : "700112584"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "2",
      "id_str" : "202413822218702406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "202413822218702406",
      "created_at" : "Thu Dec 19 03:35:01 +0000 2013",
      "favorited" : false,
      "full_text" : "@jap98981 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "334869407123752686",
      "in_reply_to_status_id" : "334869407123752686",
      "in_reply_to_user_id" : "700112584",
      "in_reply_to_user_id_str" : "700112584",
      "in_reply_to_screen_name" : "jap98981"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "川村結斗",
            "screen_name" : "jap98981",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700112584",
            "id" : "700112584"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "0",
      "id_str" : "317439216385341324",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "317439216385341324",
      "created_at" : "Tue Dec 17 13:04:33 +0000 2013",
      "favorited" : false,
      "full_text" : "@jap98981 धन्यवाद",
      "lang" : "en",
      "in_reply_to_status_id_str" : "416695804907895236",
      "in_reply_to_status_id" : "416695804907895236",
      "in_reply_to_user_id" : "700112584",
      "in_reply_to_user_id_str" : "700112584",
      "in_reply_to_screen_name" : "jap98981"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "1",
      "id_str" : "118254333979054759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "118254333979054759",
      "created_at" : "Fri Dec 13 08:28:01 +0000 2013",
      "favorited" : false,
      "full_text" : "@vargam Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Михаил Тихова",
            "screen_name" : "rus_05348",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700024293",
            "id" : "700024293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "629126517923669929",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "629126517923669929",
      "created_at" : "Tue Dec 10 10:01:28 +0000 2013",
      "favorited" : false,
      "full_text" : "@rus_05348 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "654093289989845933",
      "in_reply_to_status_id" : "654093289989845933",
      "in_reply_to_user_id" : "700024293",
      "in_reply_to_user_id_str" : "700024293",
      "in_reply_to_screen_name" : "rus_05348"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "4",
      "id_str" : "959335129320230639",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "959335129320230639",
      "created_at" : "Mon Dec 09 13:35:49 +0000 2013",
      "favorited" : false,
      "full_text" : "@vargam Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "424423480059262747",
      "in_reply_to_status_id" : "424423480059262747",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "262603869616781019",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "262603869616781019",
      "created_at" : "Sun Dec 08 05:20:07 +0000 2013",
      "favorited" : false,
      "full_text" : "@vargam I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "1",
      "id_str" : "175447798300653314",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "175447798300653314",
      "created_at" : "Mon Dec 02 23:06:00 +0000 2013",
      "favorited" : false,
      "full_text" : "@vargam See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1054583081973383299",
      "in_reply_to_status_id" : "1054583081973383299",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pedro Galedo",
            "screen_name" : "pedro_galedo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700072530",
            "id" : "700072530"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "1",
      "id_str" : "1073310875992192587",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1073310875992192587",
      "created_at" : "Tue Nov 05 06:13:13 +0000 2013",
      "favorited" : false,
      "full_text" : "@pedro_galedo Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "859964956612692135",
      "in_reply_to_status_id" : "859964956612692135",
      "in_reply_to_user_id" : "700072530",
      "in_reply_to_user_id_str" : "700072530",
      "in_reply_to_screen_name" : "pedro_galedo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Михаил Тихова",
            "screen_name" : "rus_05348",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700024293",
            "id" : "700024293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "408998706342212460",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "408998706342212460",
      "created_at" : "Wed Oct 30 07:00:42 +0000 2013",
      "favorited" : false,
      "full_text" : "@rus_05348 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Михаил Тихова",
            "screen_name" : "rus_05348",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700024293",
            "id" : "700024293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "2",
      "id_str" : "555047186352263576",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "555047186352263576",
      "created_at" : "Tue Oct 22 21:25:01 +0000 2013",
      "favorited" : false,
      "full_text" : "@rus_05348 ありがとう！",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gosia Górewski",
            "screen_name" : "malgorzata_gorewski",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700056990",
            "id" : "700056990"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "1",
      "id_str" : "462744825718816840",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "462744825718816840",
      "created_at" : "Fri Oct 04 18:24:39 +0000 2013",
      "favorited" : false,
      "full_text" : "@malgorzata_gorewski Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susan Bradridge",
            "screen_name" : "susan72",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700014535",
            "id" : "700014535"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "256165881772659000",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "256165881772659000",
      "created_at" : "Sun Sep 15 09:36:13 +0000 2013",
      "favorited" : false,
      "full_text" : "@susan72 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "421694645366468996",
      "in_reply_to_status_id" : "421694645366468996",
      "in_reply_to_user_id" : "700014535",
      "in_reply_to_user_id_str" : "700014535",
      "in_reply_to_screen_name" : "susan72"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Isabel Zamado",
            "screen_name" : "isabel.real",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700146541",
            "id" : "700146541"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "607841541297154575",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "607841541297154575",
      "created_at" : "Mon Sep 09 02:37:19 +0000 2013",
      "favorited" : false,
      "full_text" : "@isabel.real Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susan Bradridge",
            "screen_name" : "susan72",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700014535",
            "id" : "700014535"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "777419109357613832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "777419109357613832",
      "created_at" : "Fri Sep 06 13:35:45 +0000 2013",
      "favorited" : false,
      "full_text" : "@susan72 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "178270631113284740",
      "in_reply_to_status_id" : "178270631113284740",
      "in_reply_to_user_id" : "700014535",
      "in_reply_to_user_id_str" : "700014535",
      "in_reply_to_screen_name" : "susan72"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Benjamin Ellersley",
            "screen_name" : "benjaminellersley35",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700024986",
            "id" : "700024986"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "4",
      "id_str" : "708158203686488174",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "708158203686488174",
      "created_at" : "Sat Aug 31 02:53:46 +0000 2013",
      "favorited" : false,
      "full_text" : "@benjaminellersley35 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "621647706282931718",
      "in_reply_to_status_id" : "621647706282931718",
      "in_reply_to_user_id" : "700024986",
      "in_reply_to_user_id_str" : "700024986",
      "in_reply_to_screen_name" : "benjaminellersley35"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pedro Galedo",
            "screen_name" : "pedro_galedo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700072530",
            "id" : "700072530"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "472564268886846767",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "472564268886846767",
      "created_at" : "Thu Aug 15 10:01:03 +0000 2013",
      "favorited" : false,
      "full_text" : "@pedro_galedo ¿Qué tal todo?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周浩洋",
            "screen_name" : "chi99",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700080797",
            "id" : "700080797"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "1073333336511955183",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1073333336511955183",
      "created_at" : "Tue Aug 13 11:36:34 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi99 Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ياسمين أبو حربي",
            "screen_name" : "ara713",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700148235",
            "id" : "700148235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "429834333735756141",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "429834333735756141",
      "created_at" : "Thu Aug 08 18:05:11 +0000 2013",
      "favorited" : false,
      "full_text" : "@ara713 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "550621805074473529",
      "in_reply_to_status_id" : "550621805074473529",
      "in_reply_to_user_id" : "700148235",
      "in_reply_to_user_id_str" : "700148235",
      "in_reply_to_screen_name" : "ara713"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "1089720295063336875",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1089720295063336875",
      "created_at" : "Fri Aug 02 01:52:57 +0000 2013",
      "favorited" : false,
      "full_text" : "@cmarales97 Çok teşekkürler",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gosia Górewski",
            "screen_name" : "malgorzata_gorewski",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700056990",
            "id" : "700056990"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "2",
      "id_str" : "998745286097145145",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "998745286097145145",
      "created_at" : "Fri Jul 12 22:50:00 +0000 2013",
      "favorited" : false,
      "full_text" : "@malgorzata_gorewski Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maja Ødegård",
            "screen_name" : "majaodegard3",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700133402",
            "id" : "700133402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "1",
      "id_str" : "484168051437944095",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "484168051437944095",
      "created_at" : "Sun Jun 30 06:37:46 +0000 2013",
      "favorited" : false,
      "full_text" : "@majaodegard3 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "942897355045275489",
      "in_reply_to_status_id" : "942897355045275489",
      "in_reply_to_user_id" : "700133402",
      "in_reply_to_user_id_str" : "700133402",
      "in_reply_to_screen_name" : "majaodegard3"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周浩洋",
            "screen_name" : "chi99",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700080797",
            "id" : "700080797"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "309178338668053405",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "309178338668053405",
      "created_at" : "Sun Jun 23 19:21:44 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi99 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pedro Galedo",
            "screen_name" : "pedro_galedo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700072530",
            "id" : "700072530"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "2",
      "id_str" : "615702790151003712",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "615702790151003712",
      "created_at" : "Thu Jun 20 10:37:18 +0000 2013",
      "favorited" : false,
      "full_text" : "@pedro_galedo Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "291947231044245391",
      "in_reply_to_status_id" : "291947231044245391",
      "in_reply_to_user_id" : "700072530",
      "in_reply_to_user_id_str" : "700072530",
      "in_reply_to_screen_name" : "pedro_galedo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周浩洋",
            "screen_name" : "chi99",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700080797",
            "id" : "700080797"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "1",
      "id_str" : "960763648738211256",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "960763648738211256",
      "created_at" : "Thu Jun 13 21:43:46 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi99 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "937721210788347241",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "937721210788347241",
      "created_at" : "Tue Jun 04 11:47:33 +0000 2013",
      "favorited" : false,
      "full_text" : "@cmarales97 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "夏晓华",
            "screen_name" : "chi31719",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700093810",
            "id" : "700093810"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "1",
      "id_str" : "731869309148900561",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "731869309148900561",
      "created_at" : "Thu May 16 17:33:47 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi31719 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Benjamin Ellersley",
            "screen_name" : "benjaminellersley35",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700024986",
            "id" : "700024986"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "1",
      "id_str" : "741210139817273337",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "741210139817273337",
      "created_at" : "Fri May 10 14:59:50 +0000 2013",
      "favorited" : false,
      "full_text" : "@benjaminellersley35 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "281612309996783445",
      "in_reply_to_status_id" : "281612309996783445",
      "in_reply_to_user_id" : "700024986",
      "in_reply_to_user_id_str" : "700024986",
      "in_reply_to_screen_name" : "benjaminellersley35"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "夏晓华",
            "screen_name" : "chi31719",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700093810",
            "id" : "700093810"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "1",
      "id_str" : "333720422644285889",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "333720422644285889",
      "created_at" : "Tue May 07 20:36:23 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi31719 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "317934778619511090",
      "in_reply_to_status_id" : "317934778619511090",
      "in_reply_to_user_id" : "700093810",
      "in_reply_to_user_id_str" : "700093810",
      "in_reply_to_screen_name" : "chi31719"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pedro Galedo",
            "screen_name" : "pedro_galedo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700072530",
            "id" : "700072530"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "3",
      "id_str" : "862732112068770205",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "862732112068770205",
      "created_at" : "Sun May 05 23:06:23 +0000 2013",
      "favorited" : false,
      "full_text" : "@pedro_galedo Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michał Sokecki",
            "screen_name" : "sokeckim",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700076135",
            "id" : "700076135"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "1",
      "id_str" : "750382357820693570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "750382357820693570",
      "created_at" : "Sun May 05 16:33:06 +0000 2013",
      "favorited" : false,
      "full_text" : "@sokeckim Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "538401703956937300",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "538401703956937300",
      "created_at" : "Wed Apr 10 09:53:54 +0000 2013",
      "favorited" : false,
      "full_text" : "@cmarales97 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "522176118625753668",
      "in_reply_to_status_id" : "522176118625753668",
      "in_reply_to_user_id" : "700124540",
      "in_reply_to_user_id_str" : "700124540",
      "in_reply_to_screen_name" : "cmarales97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "夏晓华",
            "screen_name" : "chi31719",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700093810",
            "id" : "700093810"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "1",
      "id_str" : "116337570401997334",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "116337570401997334",
      "created_at" : "Sun Apr 07 05:44:37 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi31719 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "989986731537338248",
      "in_reply_to_status_id" : "989986731537338248",
      "in_reply_to_user_id" : "700093810",
      "in_reply_to_user_id_str" : "700093810",
      "in_reply_to_screen_name" : "chi31719"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "57349630876421984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "57349630876421984",
      "created_at" : "Mon Mar 18 20:31:43 +0000 2013",
      "favorited" : false,
      "full_text" : "@cmarales97 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "232482708588357824",
      "in_reply_to_status_id" : "232482708588357824",
      "in_reply_to_user_id" : "700124540",
      "in_reply_to_user_id_str" : "700124540",
      "in_reply_to_screen_name" : "cmarales97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Isabel Zamado",
            "screen_name" : "isabel.real",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700146541",
            "id" : "700146541"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "562246451955015085",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "562246451955015085",
      "created_at" : "Thu Feb 28 18:12:47 +0000 2013",
      "favorited" : false,
      "full_text" : "@isabel.real Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Yılmaz",
            "screen_name" : "gokhan_yil64",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700054771",
            "id" : "700054771"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "580665850590649515",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "580665850590649515",
      "created_at" : "Wed Jan 02 07:44:32 +0000 2013",
      "favorited" : false,
      "full_text" : "@gokhan_yil64 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "681283711248082072",
      "in_reply_to_status_id" : "681283711248082072",
      "in_reply_to_user_id" : "700054771",
      "in_reply_to_user_id_str" : "700054771",
      "in_reply_to_screen_name" : "gokhan_yil64"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "2",
      "id_str" : "1107649666681614406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1107649666681614406",
      "created_at" : "Tue Jan 01 02:29:29 +0000 2013",
      "favorited" : false,
      "full_text" : "@cmarales97 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "0",
      "id_str" : "979574808192268867",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "979574808192268867",
      "created_at" : "Sat Dec 15 16:25:59 +0000 2012",
      "favorited" : false,
      "full_text" : "@cmarales97 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "117685868433372712",
      "in_reply_to_status_id" : "117685868433372712",
      "in_reply_to_user_id" : "700124540",
      "in_reply_to_user_id_str" : "700124540",
      "in_reply_to_screen_name" : "cmarales97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "1012986484845114630",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1012986484845114630",
      "created_at" : "Tue Dec 04 20:33:37 +0000 2012",
      "favorited" : false,
      "full_text" : "@cmarales97 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "87228027404389872",
      "in_reply_to_status_id" : "87228027404389872",
      "in_reply_to_user_id" : "700124540",
      "in_reply_to_user_id_str" : "700124540",
      "in_reply_to_screen_name" : "cmarales97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "131078638709813885",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "131078638709813885",
      "created_at" : "Thu Nov 29 14:41:02 +0000 2012",
      "favorited" : false,
      "full_text" : "@cmarales97 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "469043989071545586",
      "in_reply_to_status_id" : "469043989071545586",
      "in_reply_to_user_id" : "700124540",
      "in_reply_to_user_id_str" : "700124540",
      "in_reply_to_screen_name" : "cmarales97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maja Ødegård",
            "screen_name" : "majaodegard3",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700133402",
            "id" : "700133402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "728944373451026904",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "728944373451026904",
      "created_at" : "Thu Nov 01 03:31:51 +0000 2012",
      "favorited" : false,
      "full_text" : "@majaodegard3 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "568894781135313096",
      "in_reply_to_status_id" : "568894781135313096",
      "in_reply_to_user_id" : "700133402",
      "in_reply_to_user_id_str" : "700133402",
      "in_reply_to_screen_name" : "majaodegard3"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Yılmaz",
            "screen_name" : "gokhan_yil64",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700054771",
            "id" : "700054771"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "586278334173753136",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "586278334173753136",
      "created_at" : "Fri Jun 08 13:42:59 +0000 2012",
      "favorited" : false,
      "full_text" : "@gokhan_yil64 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1040865445592901501",
      "in_reply_to_status_id" : "1040865445592901501",
      "in_reply_to_user_id" : "700054771",
      "in_reply_to_user_id_str" : "700054771",
      "in_reply_to_screen_name" : "gokhan_yil64"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Yılmaz",
            "screen_name" : "gokhan_yil64",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700054771",
            "id" : "700054771"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "523433232338687072",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "523433232338687072",
      "created_at" : "Sun Jun 03 13:44:02 +0000 2012",
      "favorited" : false,
      "full_text" : "@gokhan_yil64 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "41556403396556226",
      "in_reply_to_status_id" : "41556403396556226",
      "in_reply_to_user_id" : "700054771",
      "in_reply_to_user_id_str" : "700054771",
      "in_reply_to_screen_name" : "gokhan_yil64"
    }
  }
]