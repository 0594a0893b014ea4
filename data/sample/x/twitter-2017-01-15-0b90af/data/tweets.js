window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonas Hochdorf",
            "screen_name" : "jonashochdorf99",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700160751",
            "id" : "700160751"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "25",
      "id_str" : "401058893255481320",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "401058893255481320",
      "created_at" : "Fri Jan 13 06:05:34 +0000 2017",
      "favorited" : false,
      "full_text" : "@jonashochdorf99 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1008152666632083359",
      "in_reply_to_status_id" : "1008152666632083359",
      "in_reply_to_user_id" : "700160751",
      "in_reply_to_user_id_str" : "700160751",
      "in_reply_to_screen_name" : "jonashochdorf99"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Takács Dénes",
            "screen_name" : "denestakacs",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700099228",
            "id" : "700099228"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "16",
      "id_str" : "385101985539263519",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "385101985539263519",
      "created_at" : "Tue Jan 10 20:11:24 +0000 2017",
      "favorited" : false,
      "full_text" : "@denestakacs Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "69056541080469193",
      "in_reply_to_status_id" : "69056541080469193",
      "in_reply_to_user_id" : "700099228",
      "in_reply_to_user_id_str" : "700099228",
      "in_reply_to_screen_name" : "denestakacs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Shreya Bose",
            "screen_name" : "boses",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700010804",
            "id" : "700010804"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "21",
      "id_str" : "939566616035398763",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "939566616035398763",
      "created_at" : "Tue Jan 10 13:02:29 +0000 2017",
      "favorited" : false,
      "full_text" : "@boses Long time no see!",
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
            "name" : "Tom Adlerwald",
            "screen_name" : "thomasadlerwald7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700111219",
            "id" : "700111219"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "21",
      "id_str" : "399688112026467578",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "399688112026467578",
      "created_at" : "Mon Jan 09 23:50:28 +0000 2017",
      "favorited" : false,
      "full_text" : "@thomasadlerwald7 See you tomorrow",
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
            "name" : "Arthur Charcourt",
            "screen_name" : "arthur_charcourt",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700036823",
            "id" : "700036823"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "20",
      "id_str" : "256897888611980420",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "256897888611980420",
      "created_at" : "Mon Jan 09 22:06:09 +0000 2017",
      "favorited" : false,
      "full_text" : "@arthur_charcourt Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "872385942200656054",
      "in_reply_to_status_id" : "872385942200656054",
      "in_reply_to_user_id" : "700036823",
      "in_reply_to_user_id_str" : "700036823",
      "in_reply_to_screen_name" : "arthur_charcourt"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Birgit Brandbach",
            "screen_name" : "birgitbrandbach35",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700072796",
            "id" : "700072796"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "23",
      "id_str" : "415377957000030333",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "415377957000030333",
      "created_at" : "Sat Jan 07 01:54:17 +0000 2017",
      "favorited" : false,
      "full_text" : "@birgitbrandbach35 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "419210887275459377",
      "in_reply_to_status_id" : "419210887275459377",
      "in_reply_to_user_id" : "700072796",
      "in_reply_to_user_id_str" : "700072796",
      "in_reply_to_screen_name" : "birgitbrandbach35"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nadine Steinhauser 🐾",
            "screen_name" : "nadine.xo",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700138876",
            "id" : "700138876"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "12",
      "id_str" : "149859733762275043",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "149859733762275043",
      "created_at" : "Thu Jan 05 03:36:38 +0000 2017",
      "favorited" : false,
      "full_text" : "@nadine.xo Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "17017985874603130",
      "in_reply_to_status_id" : "17017985874603130",
      "in_reply_to_user_id" : "700138876",
      "in_reply_to_user_id_str" : "700138876",
      "in_reply_to_screen_name" : "nadine.xo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nadine Steinhauser 🐾",
            "screen_name" : "nadine.xo",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700138876",
            "id" : "700138876"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "20",
      "id_str" : "578483634628244634",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "578483634628244634",
      "created_at" : "Wed Jan 04 13:44:40 +0000 2017",
      "favorited" : false,
      "full_text" : "@nadine.xo ¿Qué tal todo?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "600153517518577332",
      "in_reply_to_status_id" : "600153517518577332",
      "in_reply_to_user_id" : "700138876",
      "in_reply_to_user_id_str" : "700138876",
      "in_reply_to_screen_name" : "nadine.xo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Manuel Pérez",
            "screen_name" : "manuelperez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700142908",
            "id" : "700142908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "15",
      "id_str" : "578772026840611015",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "578772026840611015",
      "created_at" : "Wed Jan 04 10:30:36 +0000 2017",
      "favorited" : false,
      "full_text" : "@manuelperez Can you send me the slides?",
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
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "24",
      "id_str" : "37951875103859789",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "37951875103859789",
      "created_at" : "Wed Jan 04 04:11:40 +0000 2017",
      "favorited" : false,
      "full_text" : "@fernandoibona Danke dir, bis später",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1114967613257142821",
      "in_reply_to_status_id" : "1114967613257142821",
      "in_reply_to_user_id" : "700001235",
      "in_reply_to_user_id_str" : "700001235",
      "in_reply_to_screen_name" : "fernandoibona"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Shreya Bose",
            "screen_name" : "boses",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700010804",
            "id" : "700010804"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "25",
      "id_str" : "196250768757938551",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "196250768757938551",
      "created_at" : "Sun Jan 01 15:32:57 +0000 2017",
      "favorited" : false,
      "full_text" : "@boses Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "957187311921368864",
      "in_reply_to_status_id" : "957187311921368864",
      "in_reply_to_user_id" : "700010804",
      "in_reply_to_user_id_str" : "700010804",
      "in_reply_to_screen_name" : "boses"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "16",
      "id_str" : "999834882004930816",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "999834882004930816",
      "created_at" : "Fri Dec 30 15:09:01 +0000 2016",
      "favorited" : false,
      "full_text" : "@fernandoibona Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "740684258294737560",
      "in_reply_to_status_id" : "740684258294737560",
      "in_reply_to_user_id" : "700001235",
      "in_reply_to_user_id_str" : "700001235",
      "in_reply_to_screen_name" : "fernandoibona"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rita Bareira",
            "screen_name" : "bareirar",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700112899",
            "id" : "700112899"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "19",
      "id_str" : "58588346052605747",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "58588346052605747",
      "created_at" : "Tue Dec 27 08:30:21 +0000 2016",
      "favorited" : false,
      "full_text" : "@bareirar Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "636188371125786864",
      "in_reply_to_status_id" : "636188371125786864",
      "in_reply_to_user_id" : "700112899",
      "in_reply_to_user_id_str" : "700112899",
      "in_reply_to_screen_name" : "bareirar"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "川村翔介",
            "screen_name" : "j83234",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700098703",
            "id" : "700098703"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "20",
      "id_str" : "151305990819488191",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "151305990819488191",
      "created_at" : "Fri Dec 23 18:13:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@j83234 Merci beaucoup !",
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
            "name" : "Arthur Dumont",
            "screen_name" : "arthur_dumont",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700151420",
            "id" : "700151420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "21",
      "id_str" : "708990421609766479",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "708990421609766479",
      "created_at" : "Fri Dec 23 11:18:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@arthur_dumont Haha yes 😂",
      "lang" : "en",
      "in_reply_to_status_id_str" : "399195647666472454",
      "in_reply_to_status_id" : "399195647666472454",
      "in_reply_to_user_id" : "700151420",
      "in_reply_to_user_id_str" : "700151420",
      "in_reply_to_screen_name" : "arthur_dumont"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gülşen Ersoy",
            "screen_name" : "gulsen.photo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700148102",
            "id" : "700148102"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "21",
      "id_str" : "721343468583947876",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "721343468583947876",
      "created_at" : "Thu Dec 22 20:06:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@gulsen.photo I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "206805399482227245",
      "in_reply_to_status_id" : "206805399482227245",
      "in_reply_to_user_id" : "700148102",
      "in_reply_to_user_id_str" : "700148102",
      "in_reply_to_screen_name" : "gulsen.photo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jessica Bradwell",
            "screen_name" : "jessica.bradwell",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700080083",
            "id" : "700080083"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "28",
      "id_str" : "636257475447981347",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "636257475447981347",
      "created_at" : "Wed Dec 21 14:22:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@jessica.bradwell Here is the link",
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
            "name" : "大沢拓輔 🌍",
            "screen_name" : "jap74",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700084108",
            "id" : "700084108"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "20",
      "id_str" : "798270059366912161",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "798270059366912161",
      "created_at" : "Wed Dec 21 01:06:59 +0000 2016",
      "favorited" : false,
      "full_text" : "@jap74 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "905305683991033966",
      "in_reply_to_status_id" : "905305683991033966",
      "in_reply_to_user_id" : "700084108",
      "in_reply_to_user_id_str" : "700084108",
      "in_reply_to_screen_name" : "jap74"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Alberto Esón",
            "screen_name" : "aeson17",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700136944",
            "id" : "700136944"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "27",
      "id_str" : "674900572837254447",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "674900572837254447",
      "created_at" : "Tue Dec 20 01:04:51 +0000 2016",
      "favorited" : false,
      "full_text" : "@aeson17 Can you send me the slides?",
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
            "name" : "川村翔介",
            "screen_name" : "j83234",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700098703",
            "id" : "700098703"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "19",
      "id_str" : "544251677763410172",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "544251677763410172",
      "created_at" : "Sun Dec 18 01:02:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@j83234 Yes, works for me",
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
            "name" : "Sofía Valera",
            "screen_name" : "sofia_val96",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700057795",
            "id" : "700057795"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "19",
      "id_str" : "725871131033340214",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "725871131033340214",
      "created_at" : "Sat Dec 17 20:21:48 +0000 2016",
      "favorited" : false,
      "full_text" : "@sofia_val96 Here is the link",
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
            "name" : "Timothée Granmond",
            "screen_name" : "tgranmond28",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700001039",
            "id" : "700001039"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "19",
      "id_str" : "869324880562977875",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "869324880562977875",
      "created_at" : "Sat Dec 17 17:55:20 +0000 2016",
      "favorited" : false,
      "full_text" : "@tgranmond28 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "102356934220557195",
      "in_reply_to_status_id" : "102356934220557195",
      "in_reply_to_user_id" : "700001039",
      "in_reply_to_user_id_str" : "700001039",
      "in_reply_to_screen_name" : "tgranmond28"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tom Adlerwald",
            "screen_name" : "thomasadlerwald7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700111219",
            "id" : "700111219"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "14",
      "id_str" : "147941281754084051",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "147941281754084051",
      "created_at" : "Sat Dec 17 16:20:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@thomasadlerwald7 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "767597599362539151",
      "in_reply_to_status_id" : "767597599362539151",
      "in_reply_to_user_id" : "700111219",
      "in_reply_to_user_id_str" : "700111219",
      "in_reply_to_screen_name" : "thomasadlerwald7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nadine Steinhauser 🐾",
            "screen_name" : "nadine.xo",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700138876",
            "id" : "700138876"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "17",
      "id_str" : "1065137319167636989",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1065137319167636989",
      "created_at" : "Mon Dec 12 23:05:17 +0000 2016",
      "favorited" : false,
      "full_text" : "@nadine.xo I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1066573874900594917",
      "in_reply_to_status_id" : "1066573874900594917",
      "in_reply_to_user_id" : "700138876",
      "in_reply_to_user_id_str" : "700138876",
      "in_reply_to_screen_name" : "nadine.xo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Fonfort",
            "screen_name" : "mathilde_fonfort",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700156971",
            "id" : "700156971"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "14",
      "id_str" : "679701870849993587",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "679701870849993587",
      "created_at" : "Sun Dec 11 10:42:49 +0000 2016",
      "favorited" : false,
      "full_text" : "@mathilde_fonfort Gracias, igualmente",
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
            "name" : "Kjetil Norrqvist",
            "screen_name" : "kjetil_nor89",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700133759",
            "id" : "700133759"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "21",
      "id_str" : "1100250928888268505",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1100250928888268505",
      "created_at" : "Mon Dec 05 00:23:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@kjetil_nor89 On my way 🚗",
      "lang" : "en",
      "in_reply_to_status_id_str" : "316468034915648790",
      "in_reply_to_status_id" : "316468034915648790",
      "in_reply_to_user_id" : "700133759",
      "in_reply_to_user_id_str" : "700133759",
      "in_reply_to_screen_name" : "kjetil_nor89"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "胡梓伟",
            "screen_name" : "chi.runs",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700046133",
            "id" : "700046133"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "26",
      "id_str" : "4453650109735109",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "4453650109735109",
      "created_at" : "Sat Dec 03 02:08:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi.runs Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "506510425220823385",
      "in_reply_to_status_id" : "506510425220823385",
      "in_reply_to_user_id" : "700046133",
      "in_reply_to_user_id_str" : "700046133",
      "in_reply_to_screen_name" : "chi.runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "24",
      "id_str" : "808566006325343573",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "808566006325343573",
      "created_at" : "Thu Dec 01 04:18:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@labssacm Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "267575444246707394",
      "in_reply_to_status_id" : "267575444246707394",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "David Peña",
            "screen_name" : "david98",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700128607",
            "id" : "700128607"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "22",
      "id_str" : "372757236619303220",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "372757236619303220",
      "created_at" : "Wed Nov 30 04:05:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@david98 Great talk yesterday",
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
            "name" : "赵艳 🌍",
            "screen_name" : "chi38897",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700010916",
            "id" : "700010916"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "10",
      "id_str" : "753101890762339483",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "753101890762339483",
      "created_at" : "Sun Nov 27 06:06:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi38897 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "185701876428989432",
      "in_reply_to_status_id" : "185701876428989432",
      "in_reply_to_user_id" : "700010916",
      "in_reply_to_user_id_str" : "700010916",
      "in_reply_to_screen_name" : "chi38897"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ebba Holmgren",
            "screen_name" : "ebba.holmgren",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700071417",
            "id" : "700071417"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "23",
      "id_str" : "1074068037525024326",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1074068037525024326",
      "created_at" : "Fri Nov 25 12:09:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@ebba.holmgren Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "81551060237867221",
      "in_reply_to_status_id" : "81551060237867221",
      "in_reply_to_user_id" : "700071417",
      "in_reply_to_user_id_str" : "700071417",
      "in_reply_to_screen_name" : "ebba.holmgren"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Arthur Dumont",
            "screen_name" : "arthur_dumont",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700151420",
            "id" : "700151420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "16",
      "id_str" : "879387767128230686",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "879387767128230686",
      "created_at" : "Thu Nov 24 15:55:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@arthur_dumont Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1043490219289045353",
      "in_reply_to_status_id" : "1043490219289045353",
      "in_reply_to_user_id" : "700151420",
      "in_reply_to_user_id_str" : "700151420",
      "in_reply_to_screen_name" : "arthur_dumont"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Manish Nair",
            "screen_name" : "manish.travels",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700110484",
            "id" : "700110484"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "21",
      "id_str" : "403160247398857405",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "403160247398857405",
      "created_at" : "Mon Nov 21 07:31:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@manish.travels Спасибо, увидимся",
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
            "name" : "Quino Alillo",
            "screen_name" : "quino_ali12",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700019463",
            "id" : "700019463"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "16",
      "id_str" : "172988717021227071",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "172988717021227071",
      "created_at" : "Sat Nov 19 23:25:51 +0000 2016",
      "favorited" : false,
      "full_text" : "@quino_ali12 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "422900482759458057",
      "in_reply_to_status_id" : "422900482759458057",
      "in_reply_to_user_id" : "700019463",
      "in_reply_to_user_id_str" : "700019463",
      "in_reply_to_screen_name" : "quino_ali12"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yannick Desval",
            "screen_name" : "yannickdesval7",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700043907",
            "id" : "700043907"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "21",
      "id_str" : "806756861008917955",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "806756861008917955",
      "created_at" : "Sat Nov 19 11:46:15 +0000 2016",
      "favorited" : false,
      "full_text" : "@yannickdesval7 Hi! How are you?",
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
            "name" : "Χρήστος Ψαρέλλης",
            "screen_name" : "gre.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700067770",
            "id" : "700067770"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "18",
      "id_str" : "634431160675026770",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "634431160675026770",
      "created_at" : "Fri Nov 18 18:41:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@gre.dev Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "700247545806579420",
      "in_reply_to_status_id" : "700247545806579420",
      "in_reply_to_user_id" : "700067770",
      "in_reply_to_user_id_str" : "700067770",
      "in_reply_to_screen_name" : "gre.dev"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Quino Alillo",
            "screen_name" : "quino_ali12",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700019463",
            "id" : "700019463"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "14",
      "id_str" : "1085991896866467105",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1085991896866467105",
      "created_at" : "Fri Nov 18 13:32:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@quino_ali12 OK",
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
            "name" : "Elsa Dalås",
            "screen_name" : "elsa88",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700161192",
            "id" : "700161192"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "19",
      "id_str" : "842916513297535570",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "842916513297535570",
      "created_at" : "Wed Nov 16 03:34:18 +0000 2016",
      "favorited" : false,
      "full_text" : "@elsa88 Let's catch up soon",
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
            "name" : "Arthur Dumont",
            "screen_name" : "arthur_dumont",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700151420",
            "id" : "700151420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "14",
      "id_str" : "843254258541131424",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "843254258541131424",
      "created_at" : "Tue Nov 15 11:56:34 +0000 2016",
      "favorited" : false,
      "full_text" : "@arthur_dumont Hi! How are you?",
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
            "name" : "Íñigo Menera",
            "screen_name" : "inigo80",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700129132",
            "id" : "700129132"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "24",
      "id_str" : "1009954250258520019",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1009954250258520019",
      "created_at" : "Sun Nov 13 22:27:11 +0000 2016",
      "favorited" : false,
      "full_text" : "@inigo80 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1022049172162779103",
      "in_reply_to_status_id" : "1022049172162779103",
      "in_reply_to_user_id" : "700129132",
      "in_reply_to_user_id_str" : "700129132",
      "in_reply_to_screen_name" : "inigo80"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nikhil Chatterjee",
            "screen_name" : "nikhil.chatterjee",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700154248",
            "id" : "700154248"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "18",
      "id_str" : "638430723471576165",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "638430723471576165",
      "created_at" : "Sat Nov 12 22:09:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@nikhil.chatterjee Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "208622596653261510",
      "in_reply_to_status_id" : "208622596653261510",
      "in_reply_to_user_id" : "700154248",
      "in_reply_to_user_id_str" : "700154248",
      "in_reply_to_screen_name" : "nikhil.chatterjee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tom Adlerwald",
            "screen_name" : "thomasadlerwald7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700111219",
            "id" : "700111219"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "17",
      "id_str" : "199167268379994476",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "199167268379994476",
      "created_at" : "Fri Nov 11 18:57:40 +0000 2016",
      "favorited" : false,
      "full_text" : "@thomasadlerwald7 Yes, works for me",
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
            "name" : "Yannick Desval",
            "screen_name" : "yannickdesval7",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700043907",
            "id" : "700043907"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "11",
      "id_str" : "488910166243135023",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "488910166243135023",
      "created_at" : "Fri Nov 11 15:32:39 +0000 2016",
      "favorited" : false,
      "full_text" : "@yannickdesval7 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "650079651127125990",
      "in_reply_to_status_id" : "650079651127125990",
      "in_reply_to_user_id" : "700043907",
      "in_reply_to_user_id_str" : "700043907",
      "in_reply_to_screen_name" : "yannickdesval7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Valera",
            "screen_name" : "sofia_val96",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700057795",
            "id" : "700057795"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "16",
      "id_str" : "1045290767125930683",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1045290767125930683",
      "created_at" : "Thu Nov 10 16:44:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@sofia_val96 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "283146087563004992",
      "in_reply_to_status_id" : "283146087563004992",
      "in_reply_to_user_id" : "700057795",
      "in_reply_to_user_id_str" : "700057795",
      "in_reply_to_screen_name" : "sofia_val96"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Manuel Pérez",
            "screen_name" : "manuelperez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700142908",
            "id" : "700142908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "21",
      "id_str" : "333666869842261886",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "333666869842261886",
      "created_at" : "Mon Nov 07 20:07:08 +0000 2016",
      "favorited" : false,
      "full_text" : "@manuelperez Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "745918522379808392",
      "in_reply_to_status_id" : "745918522379808392",
      "in_reply_to_user_id" : "700142908",
      "in_reply_to_user_id_str" : "700142908",
      "in_reply_to_screen_name" : "manuelperez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tom Adlerwald",
            "screen_name" : "thomasadlerwald7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700111219",
            "id" : "700111219"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "23",
      "id_str" : "1094102878689338845",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1094102878689338845",
      "created_at" : "Sun Nov 06 20:44:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@thomasadlerwald7 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "315836220226517829",
      "in_reply_to_status_id" : "315836220226517829",
      "in_reply_to_user_id" : "700111219",
      "in_reply_to_user_id_str" : "700111219",
      "in_reply_to_screen_name" : "thomasadlerwald7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rita Bareira",
            "screen_name" : "bareirar",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700112899",
            "id" : "700112899"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "20",
      "id_str" : "969224109487138324",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "969224109487138324",
      "created_at" : "Fri Nov 04 08:36:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@bareirar Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "787236119568012148",
      "in_reply_to_status_id" : "787236119568012148",
      "in_reply_to_user_id" : "700112899",
      "in_reply_to_user_id_str" : "700112899",
      "in_reply_to_screen_name" : "bareirar"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Χρήστος Ψαρέλλης",
            "screen_name" : "gre.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700067770",
            "id" : "700067770"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "25",
      "id_str" : "1046450134890503872",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1046450134890503872",
      "created_at" : "Wed Nov 02 04:06:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@gre.dev Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "450864208237440493",
      "in_reply_to_status_id" : "450864208237440493",
      "in_reply_to_user_id" : "700067770",
      "in_reply_to_user_id_str" : "700067770",
      "in_reply_to_screen_name" : "gre.dev"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Somogyi Nóra",
            "screen_name" : "nora.xo",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700117561",
            "id" : "700117561"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "16",
      "id_str" : "424401831715841546",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "424401831715841546",
      "created_at" : "Sun Oct 30 22:14:27 +0000 2016",
      "favorited" : false,
      "full_text" : "@nora.xo Sorry, running late",
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
            "name" : "राहुल Patel",
            "screen_name" : "164i",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700135250",
            "id" : "700135250"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "20",
      "id_str" : "278791561220427354",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "278791561220427354",
      "created_at" : "Sat Oct 29 10:14:02 +0000 2016",
      "favorited" : false,
      "full_text" : "@164i Sorry, running late",
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
            "name" : "Yannick Desval",
            "screen_name" : "yannickdesval7",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700043907",
            "id" : "700043907"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "18",
      "id_str" : "1003182628169132176",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1003182628169132176",
      "created_at" : "Sat Oct 29 07:56:51 +0000 2016",
      "favorited" : false,
      "full_text" : "@yannickdesval7 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "831845248769840370",
      "in_reply_to_status_id" : "831845248769840370",
      "in_reply_to_user_id" : "700043907",
      "in_reply_to_user_id_str" : "700043907",
      "in_reply_to_screen_name" : "yannickdesval7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Quino Alillo",
            "screen_name" : "quino_ali12",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700019463",
            "id" : "700019463"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "3",
      "id_str" : "1081042942244204374",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1081042942244204374",
      "created_at" : "Thu Oct 27 09:05:58 +0000 2016",
      "favorited" : false,
      "full_text" : "@quino_ali12 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "705796163593692018",
      "in_reply_to_status_id" : "705796163593692018",
      "in_reply_to_user_id" : "700019463",
      "in_reply_to_user_id_str" : "700019463",
      "in_reply_to_screen_name" : "quino_ali12"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yannick Desval",
            "screen_name" : "yannickdesval7",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700043907",
            "id" : "700043907"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "20",
      "id_str" : "1076124231801007116",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1076124231801007116",
      "created_at" : "Tue Oct 25 16:37:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@yannickdesval7 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "211874967216654998",
      "in_reply_to_status_id" : "211874967216654998",
      "in_reply_to_user_id" : "700043907",
      "in_reply_to_user_id_str" : "700043907",
      "in_reply_to_screen_name" : "yannickdesval7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "16",
      "id_str" : "893848723932016502",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "893848723932016502",
      "created_at" : "Tue Oct 25 12:03:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@fernandoibona Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "847786446497462287",
      "in_reply_to_status_id" : "847786446497462287",
      "in_reply_to_user_id" : "700001235",
      "in_reply_to_user_id_str" : "700001235",
      "in_reply_to_screen_name" : "fernandoibona"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Manuel Pérez",
            "screen_name" : "manuelperez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700142908",
            "id" : "700142908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "18",
      "id_str" : "319474731188708662",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "319474731188708662",
      "created_at" : "Tue Oct 25 05:37:47 +0000 2016",
      "favorited" : false,
      "full_text" : "@manuelperez See you tomorrow",
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
            "name" : "Yannick Desval",
            "screen_name" : "yannickdesval7",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700043907",
            "id" : "700043907"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "15",
      "id_str" : "245258280188089571",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "245258280188089571",
      "created_at" : "Mon Oct 24 21:12:20 +0000 2016",
      "favorited" : false,
      "full_text" : "@yannickdesval7 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "15525725270049283",
      "in_reply_to_status_id" : "15525725270049283",
      "in_reply_to_user_id" : "700043907",
      "in_reply_to_user_id_str" : "700043907",
      "in_reply_to_screen_name" : "yannickdesval7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Birgit Brandbach",
            "screen_name" : "birgitbrandbach35",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700072796",
            "id" : "700072796"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "18",
      "id_str" : "838952835318502757",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "838952835318502757",
      "created_at" : "Sun Oct 23 13:09:25 +0000 2016",
      "favorited" : false,
      "full_text" : "@birgitbrandbach35 Sounds good 👍",
      "lang" : "en",
      "in_reply_to_status_id_str" : "913761163662506457",
      "in_reply_to_status_id" : "913761163662506457",
      "in_reply_to_user_id" : "700072796",
      "in_reply_to_user_id_str" : "700072796",
      "in_reply_to_screen_name" : "birgitbrandbach35"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gülşen Ersoy",
            "screen_name" : "gulsen.photo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700148102",
            "id" : "700148102"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "15",
      "id_str" : "380308693249381923",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "380308693249381923",
      "created_at" : "Sun Oct 23 01:07:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@gulsen.photo Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "554322683986721697",
      "in_reply_to_status_id" : "554322683986721697",
      "in_reply_to_user_id" : "700148102",
      "in_reply_to_user_id_str" : "700148102",
      "in_reply_to_screen_name" : "gulsen.photo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Manuel Pérez",
            "screen_name" : "manuelperez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700142908",
            "id" : "700142908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "17",
      "id_str" : "836300051843039320",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "836300051843039320",
      "created_at" : "Fri Oct 21 12:48:14 +0000 2016",
      "favorited" : false,
      "full_text" : "@manuelperez Gracias, igualmente",
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
            "name" : "Elsa Dalås",
            "screen_name" : "elsa88",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700161192",
            "id" : "700161192"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "23",
      "id_str" : "134353623141397451",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "134353623141397451",
      "created_at" : "Wed Oct 19 17:16:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@elsa88 That photo is amazing 📸",
      "lang" : "en",
      "in_reply_to_status_id_str" : "278184709969873495",
      "in_reply_to_status_id" : "278184709969873495",
      "in_reply_to_user_id" : "700161192",
      "in_reply_to_user_id_str" : "700161192",
      "in_reply_to_screen_name" : "elsa88"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "胡梓伟",
            "screen_name" : "chi.runs",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700046133",
            "id" : "700046133"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "19",
      "id_str" : "906331302815145905",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "906331302815145905",
      "created_at" : "Tue Oct 18 11:20:40 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi.runs Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "670830542358348656",
      "in_reply_to_status_id" : "670830542358348656",
      "in_reply_to_user_id" : "700046133",
      "in_reply_to_user_id_str" : "700046133",
      "in_reply_to_screen_name" : "chi.runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jessica Bradwell",
            "screen_name" : "jessica.bradwell",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700080083",
            "id" : "700080083"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "28",
      "id_str" : "841150948022030215",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "841150948022030215",
      "created_at" : "Mon Oct 17 18:36:42 +0000 2016",
      "favorited" : false,
      "full_text" : "@jessica.bradwell Ευχαριστώ πολύ",
      "lang" : "en",
      "in_reply_to_status_id_str" : "611450280914997437",
      "in_reply_to_status_id" : "611450280914997437",
      "in_reply_to_user_id" : "700080083",
      "in_reply_to_user_id_str" : "700080083",
      "in_reply_to_screen_name" : "jessica.bradwell"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yannick Desval",
            "screen_name" : "yannickdesval7",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700043907",
            "id" : "700043907"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "18",
      "id_str" : "340687104565926503",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "340687104565926503",
      "created_at" : "Sun Oct 16 17:30:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@yannickdesval7 Did you see the article I posted?",
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
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "13",
      "id_str" : "649035737255941874",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "649035737255941874",
      "created_at" : "Sun Oct 16 12:56:11 +0000 2016",
      "favorited" : false,
      "full_text" : "@labssacm Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "980072333051146129",
      "in_reply_to_status_id" : "980072333051146129",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gál Ágnes",
            "screen_name" : "agnes_gal",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700123245",
            "id" : "700123245"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "18",
      "id_str" : "184445017753379067",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "184445017753379067",
      "created_at" : "Sun Oct 16 09:28:18 +0000 2016",
      "favorited" : false,
      "full_text" : "@agnes_gal Merci beaucoup !",
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
            "name" : "赵艳 🌍",
            "screen_name" : "chi38897",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700010916",
            "id" : "700010916"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "22",
      "id_str" : "885361792699645657",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "885361792699645657",
      "created_at" : "Sat Oct 15 23:42:36 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi38897 Gracias, igualmente",
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
            "name" : "Dorota Sadowak",
            "screen_name" : "dorota.dev",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700113109",
            "id" : "700113109"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "18",
      "id_str" : "549887602683842872",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "549887602683842872",
      "created_at" : "Thu Oct 13 16:51:32 +0000 2016",
      "favorited" : false,
      "full_text" : "@dorota.dev See you tomorrow",
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
            "name" : "Manuel Pérez",
            "screen_name" : "manuelperez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700142908",
            "id" : "700142908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "19",
      "id_str" : "240089580800140438",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "240089580800140438",
      "created_at" : "Thu Oct 13 11:19:07 +0000 2016",
      "favorited" : false,
      "full_text" : "@manuelperez OK",
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
            "name" : "Alberto Esón",
            "screen_name" : "aeson17",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700136944",
            "id" : "700136944"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "15",
      "id_str" : "771026331527913986",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "771026331527913986",
      "created_at" : "Wed Oct 12 18:04:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@aeson17 Here is the link",
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
            "name" : "Mathilde Fonfort",
            "screen_name" : "mathilde_fonfort",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700156971",
            "id" : "700156971"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "14",
      "id_str" : "195648033058656956",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "195648033058656956",
      "created_at" : "Tue Oct 11 22:44:17 +0000 2016",
      "favorited" : false,
      "full_text" : "@mathilde_fonfort Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "839270074920639765",
      "in_reply_to_status_id" : "839270074920639765",
      "in_reply_to_user_id" : "700156971",
      "in_reply_to_user_id_str" : "700156971",
      "in_reply_to_screen_name" : "mathilde_fonfort"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nemesffy Tőke",
            "screen_name" : "tokenemesffy83",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700149880",
            "id" : "700149880"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "17",
      "id_str" : "70917659464611529",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "70917659464611529",
      "created_at" : "Mon Oct 10 00:39:56 +0000 2016",
      "favorited" : false,
      "full_text" : "@tokenemesffy83 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "713443137980034330",
      "in_reply_to_status_id" : "713443137980034330",
      "in_reply_to_user_id" : "700149880",
      "in_reply_to_user_id_str" : "700149880",
      "in_reply_to_screen_name" : "tokenemesffy83"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tom Adlerwald",
            "screen_name" : "thomasadlerwald7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700111219",
            "id" : "700111219"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "19",
      "id_str" : "801071529888334401",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "801071529888334401",
      "created_at" : "Thu Oct 06 09:29:55 +0000 2016",
      "favorited" : false,
      "full_text" : "@thomasadlerwald7 OK",
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
            "name" : "Jonas Hochdorf",
            "screen_name" : "jonashochdorf99",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700160751",
            "id" : "700160751"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "19",
      "id_str" : "351296518646298201",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "351296518646298201",
      "created_at" : "Thu Oct 06 02:53:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@jonashochdorf99 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "48716570044077428",
      "in_reply_to_status_id" : "48716570044077428",
      "in_reply_to_user_id" : "700160751",
      "in_reply_to_user_id_str" : "700160751",
      "in_reply_to_screen_name" : "jonashochdorf99"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mariana Gonçalves",
            "screen_name" : "mgoncalves67",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700017720",
            "id" : "700017720"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "13",
      "id_str" : "240846518943430042",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "240846518943430042",
      "created_at" : "Wed Oct 05 16:42:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@mgoncalves67 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "93678482037197891",
      "in_reply_to_status_id" : "93678482037197891",
      "in_reply_to_user_id" : "700017720",
      "in_reply_to_user_id_str" : "700017720",
      "in_reply_to_screen_name" : "mgoncalves67"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ليلى الزهراني 🌍",
            "screen_name" : "a2769",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700045167",
            "id" : "700045167"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "17",
      "id_str" : "895038313706804637",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "895038313706804637",
      "created_at" : "Tue Oct 04 22:07:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@a2769 Sounds good 👍",
      "lang" : "en",
      "in_reply_to_status_id_str" : "670348112811512263",
      "in_reply_to_status_id" : "670348112811512263",
      "in_reply_to_user_id" : "700045167",
      "in_reply_to_user_id_str" : "700045167",
      "in_reply_to_screen_name" : "a2769"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Felix Lohmann",
            "screen_name" : "felixlohmann",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700127382",
            "id" : "700127382"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "13",
      "id_str" : "299638049499812316",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "299638049499812316",
      "created_at" : "Tue Oct 04 20:30:19 +0000 2016",
      "favorited" : false,
      "full_text" : "@felixlohmann OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "252803987824145588",
      "in_reply_to_status_id" : "252803987824145588",
      "in_reply_to_user_id" : "700127382",
      "in_reply_to_user_id_str" : "700127382",
      "in_reply_to_screen_name" : "felixlohmann"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "David Holcombe",
            "screen_name" : "dholcombe76",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700114677",
            "id" : "700114677"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "19",
      "id_str" : "229051783293879511",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "229051783293879511",
      "created_at" : "Thu Sep 29 15:27:57 +0000 2016",
      "favorited" : false,
      "full_text" : "@dholcombe76 Welcome to the team!",
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
            "name" : "Birgit Brandbach",
            "screen_name" : "birgitbrandbach35",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700072796",
            "id" : "700072796"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "22",
      "id_str" : "807208982169364732",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "807208982169364732",
      "created_at" : "Wed Sep 28 03:07:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@birgitbrandbach35 धन्यवाद",
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
            "name" : "Dorota Sadowak",
            "screen_name" : "dorota.dev",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700113109",
            "id" : "700113109"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "24",
      "id_str" : "829793449140414341",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "829793449140414341",
      "created_at" : "Tue Sep 27 22:32:32 +0000 2016",
      "favorited" : false,
      "full_text" : "@dorota.dev Спасибо, увидимся",
      "lang" : "en",
      "in_reply_to_status_id_str" : "784618625159885157",
      "in_reply_to_status_id" : "784618625159885157",
      "in_reply_to_user_id" : "700113109",
      "in_reply_to_user_id_str" : "700113109",
      "in_reply_to_screen_name" : "dorota.dev"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonas Hochdorf",
            "screen_name" : "jonashochdorf99",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700160751",
            "id" : "700160751"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "22",
      "id_str" : "1093586774407755538",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1093586774407755538",
      "created_at" : "Mon Sep 26 14:55:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@jonashochdorf99 Did you see the article I posted?",
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
            "name" : "Gál Ágnes",
            "screen_name" : "agnes_gal",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700123245",
            "id" : "700123245"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "18",
      "id_str" : "806408802399850401",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "806408802399850401",
      "created_at" : "Sun Sep 25 11:57:11 +0000 2016",
      "favorited" : false,
      "full_text" : "@agnes_gal OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "249627247463086515",
      "in_reply_to_status_id" : "249627247463086515",
      "in_reply_to_user_id" : "700123245",
      "in_reply_to_user_id_str" : "700123245",
      "in_reply_to_screen_name" : "agnes_gal"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "राहुल Patel",
            "screen_name" : "164i",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700135250",
            "id" : "700135250"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "17",
      "id_str" : "1112031270758635349",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1112031270758635349",
      "created_at" : "Thu Sep 22 09:32:41 +0000 2016",
      "favorited" : false,
      "full_text" : "@164i Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "252679999531890458",
      "in_reply_to_status_id" : "252679999531890458",
      "in_reply_to_user_id" : "700135250",
      "in_reply_to_user_id_str" : "700135250",
      "in_reply_to_screen_name" : "164i"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Hampham",
            "screen_name" : "emily82",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700029431",
            "id" : "700029431"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "21",
      "id_str" : "315095593233319413",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "315095593233319413",
      "created_at" : "Wed Sep 21 08:53:36 +0000 2016",
      "favorited" : false,
      "full_text" : "@emily82 ¿Qué tal todo?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "18049305217705778",
      "in_reply_to_status_id" : "18049305217705778",
      "in_reply_to_user_id" : "700029431",
      "in_reply_to_user_id_str" : "700029431",
      "in_reply_to_screen_name" : "emily82"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Takács Dénes",
            "screen_name" : "denestakacs",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700099228",
            "id" : "700099228"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "21",
      "id_str" : "165457365792632502",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "165457365792632502",
      "created_at" : "Tue Sep 20 04:28:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@denestakacs Did you see the article I posted?",
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
            "name" : "Alberto Esón",
            "screen_name" : "aeson17",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700136944",
            "id" : "700136944"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "15",
      "id_str" : "71645715223890235",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "71645715223890235",
      "created_at" : "Sun Sep 18 05:28:14 +0000 2016",
      "favorited" : false,
      "full_text" : "@aeson17 Ευχαριστώ πολύ",
      "lang" : "en",
      "in_reply_to_status_id_str" : "395857210606658925",
      "in_reply_to_status_id" : "395857210606658925",
      "in_reply_to_user_id" : "700136944",
      "in_reply_to_user_id_str" : "700136944",
      "in_reply_to_screen_name" : "aeson17"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Alberto Esón",
            "screen_name" : "aeson17",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700136944",
            "id" : "700136944"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "16",
      "id_str" : "1024435863961016815",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1024435863961016815",
      "created_at" : "Fri Sep 16 05:32:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@aeson17 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "740482258287992416",
      "in_reply_to_status_id" : "740482258287992416",
      "in_reply_to_user_id" : "700136944",
      "in_reply_to_user_id_str" : "700136944",
      "in_reply_to_screen_name" : "aeson17"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "18",
      "id_str" : "513445161868492992",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "513445161868492992",
      "created_at" : "Thu Sep 15 11:51:34 +0000 2016",
      "favorited" : false,
      "full_text" : "@labssacm OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1140634869883196004",
      "in_reply_to_status_id" : "1140634869883196004",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Valera",
            "screen_name" : "sofia_val96",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700057795",
            "id" : "700057795"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "19",
      "id_str" : "461252272537384846",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "461252272537384846",
      "created_at" : "Tue Sep 13 23:24:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@sofia_val96 Welcome to the team!",
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
            "name" : "Alberto Esón",
            "screen_name" : "aeson17",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700136944",
            "id" : "700136944"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "13",
      "id_str" : "907472857514448488",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "907472857514448488",
      "created_at" : "Sun Sep 11 00:27:18 +0000 2016",
      "favorited" : false,
      "full_text" : "@aeson17 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "539444707730623256",
      "in_reply_to_status_id" : "539444707730623256",
      "in_reply_to_user_id" : "700136944",
      "in_reply_to_user_id_str" : "700136944",
      "in_reply_to_screen_name" : "aeson17"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tove Johansson",
            "screen_name" : "tovejohansson",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700084381",
            "id" : "700084381"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "13",
      "id_str" : "518792421382634082",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "518792421382634082",
      "created_at" : "Fri Sep 09 09:27:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@tovejohansson See you tomorrow",
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
            "name" : "Mathilde Fonfort",
            "screen_name" : "mathilde_fonfort",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700156971",
            "id" : "700156971"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "25",
      "id_str" : "1098710941306269694",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1098710941306269694",
      "created_at" : "Thu Sep 08 15:47:29 +0000 2016",
      "favorited" : false,
      "full_text" : "@mathilde_fonfort Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "770722248291071963",
      "in_reply_to_status_id" : "770722248291071963",
      "in_reply_to_user_id" : "700156971",
      "in_reply_to_user_id_str" : "700156971",
      "in_reply_to_screen_name" : "mathilde_fonfort"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nikhil Chatterjee",
            "screen_name" : "nikhil.chatterjee",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700154248",
            "id" : "700154248"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "23",
      "id_str" : "1081777430569055548",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1081777430569055548",
      "created_at" : "Wed Sep 07 23:58:53 +0000 2016",
      "favorited" : false,
      "full_text" : "@nikhil.chatterjee Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "107274708491378778",
      "in_reply_to_status_id" : "107274708491378778",
      "in_reply_to_user_id" : "700154248",
      "in_reply_to_user_id_str" : "700154248",
      "in_reply_to_screen_name" : "nikhil.chatterjee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Quino Alillo",
            "screen_name" : "quino_ali12",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700019463",
            "id" : "700019463"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "13",
      "id_str" : "56636083639269443",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "56636083639269443",
      "created_at" : "Tue Sep 06 09:55:34 +0000 2016",
      "favorited" : false,
      "full_text" : "@quino_ali12 Here is the link",
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
            "name" : "Serkan Arslan",
            "screen_name" : "serkan75",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700061043",
            "id" : "700061043"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "11",
      "id_str" : "495212972874925725",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "495212972874925725",
      "created_at" : "Tue Sep 06 00:23:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@serkan75 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "606957672849097938",
      "in_reply_to_status_id" : "606957672849097938",
      "in_reply_to_user_id" : "700061043",
      "in_reply_to_user_id_str" : "700061043",
      "in_reply_to_screen_name" : "serkan75"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Juan Álvarez",
            "screen_name" : "juan.xo",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700050214",
            "id" : "700050214"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "15",
      "id_str" : "426836373074096423",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "426836373074096423",
      "created_at" : "Tue Aug 30 02:46:09 +0000 2016",
      "favorited" : false,
      "full_text" : "@juan.xo Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "970852186778750408",
      "in_reply_to_status_id" : "970852186778750408",
      "in_reply_to_user_id" : "700050214",
      "in_reply_to_user_id_str" : "700050214",
      "in_reply_to_screen_name" : "juan.xo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dorota Sadowak",
            "screen_name" : "dorota.dev",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700113109",
            "id" : "700113109"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "16",
      "id_str" : "515539745921106327",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "515539745921106327",
      "created_at" : "Wed Aug 24 08:24:24 +0000 2016",
      "favorited" : false,
      "full_text" : "@dorota.dev I'll call you later",
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
            "name" : "Amaia López",
            "screen_name" : "amaia.lopez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700158805",
            "id" : "700158805"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "18",
      "id_str" : "437468767072926191",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "437468767072926191",
      "created_at" : "Tue Aug 23 18:39:48 +0000 2016",
      "favorited" : false,
      "full_text" : "@amaia.lopez Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1042262010618190533",
      "in_reply_to_status_id" : "1042262010618190533",
      "in_reply_to_user_id" : "700158805",
      "in_reply_to_user_id_str" : "700158805",
      "in_reply_to_screen_name" : "amaia.lopez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Juan Álvarez",
            "screen_name" : "juan.xo",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700050214",
            "id" : "700050214"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "16",
      "id_str" : "970933408323214543",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "970933408323214543",
      "created_at" : "Tue Aug 23 15:06:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@juan.xo Here is the link",
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
            "name" : "Jessica Bradwell",
            "screen_name" : "jessica.bradwell",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700080083",
            "id" : "700080083"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "18",
      "id_str" : "959164023587356894",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "959164023587356894",
      "created_at" : "Mon Aug 22 06:14:31 +0000 2016",
      "favorited" : false,
      "full_text" : "@jessica.bradwell Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "154931256311521580",
      "in_reply_to_status_id" : "154931256311521580",
      "in_reply_to_user_id" : "700080083",
      "in_reply_to_user_id_str" : "700080083",
      "in_reply_to_screen_name" : "jessica.bradwell"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dorota Sadowak",
            "screen_name" : "dorota.dev",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700113109",
            "id" : "700113109"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "16",
      "id_str" : "872079545198966938",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "872079545198966938",
      "created_at" : "Fri Aug 19 12:27:46 +0000 2016",
      "favorited" : false,
      "full_text" : "@dorota.dev OK",
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
            "name" : "Takács Dénes",
            "screen_name" : "denestakacs",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700099228",
            "id" : "700099228"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "17",
      "id_str" : "129211634446852412",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "129211634446852412",
      "created_at" : "Thu Aug 18 23:39:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@denestakacs Long time no see!",
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
            "name" : "Sofía Valera",
            "screen_name" : "sofia_val96",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700057795",
            "id" : "700057795"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "20",
      "id_str" : "1063782963078304489",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1063782963078304489",
      "created_at" : "Mon Aug 15 17:17:58 +0000 2016",
      "favorited" : false,
      "full_text" : "@sofia_val96 Çok teşekkürler",
      "lang" : "en",
      "in_reply_to_status_id_str" : "200083832560591359",
      "in_reply_to_status_id" : "200083832560591359",
      "in_reply_to_user_id" : "700057795",
      "in_reply_to_user_id_str" : "700057795",
      "in_reply_to_screen_name" : "sofia_val96"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Philippe Bonlac",
            "screen_name" : "philippe_bonlac",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700097303",
            "id" : "700097303"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "20",
      "id_str" : "326420754388160643",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "326420754388160643",
      "created_at" : "Sun Aug 14 10:19:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@philippe_bonlac Let's catch up soon",
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
            "name" : "Elsa Dalås",
            "screen_name" : "elsa88",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700161192",
            "id" : "700161192"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "23",
      "id_str" : "773241236550659254",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "773241236550659254",
      "created_at" : "Wed Aug 10 11:19:38 +0000 2016",
      "favorited" : false,
      "full_text" : "@elsa88 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "360494683740014182",
      "in_reply_to_status_id" : "360494683740014182",
      "in_reply_to_user_id" : "700161192",
      "in_reply_to_user_id_str" : "700161192",
      "in_reply_to_screen_name" : "elsa88"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Somogyi Nóra",
            "screen_name" : "nora.xo",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700117561",
            "id" : "700117561"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "16",
      "id_str" : "319666990801364972",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "319666990801364972",
      "created_at" : "Wed Aug 10 10:09:19 +0000 2016",
      "favorited" : false,
      "full_text" : "@nora.xo Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "189000288345936843",
      "in_reply_to_status_id" : "189000288345936843",
      "in_reply_to_user_id" : "700117561",
      "in_reply_to_user_id_str" : "700117561",
      "in_reply_to_screen_name" : "nora.xo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Manuel Pérez",
            "screen_name" : "manuelperez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700142908",
            "id" : "700142908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "28",
      "id_str" : "178973948712033586",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "178973948712033586",
      "created_at" : "Mon Aug 08 20:40:14 +0000 2016",
      "favorited" : false,
      "full_text" : "@manuelperez Gracias, igualmente",
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
            "name" : "Sofía Valera",
            "screen_name" : "sofia_val96",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700057795",
            "id" : "700057795"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "20",
      "id_str" : "166878338883569146",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "166878338883569146",
      "created_at" : "Wed Aug 03 06:54:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@sofia_val96 Great talk yesterday",
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
            "name" : "Rejtő Zsófia",
            "screen_name" : "zsofiarejto",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700097023",
            "id" : "700097023"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "15",
      "id_str" : "886488036822870872",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "886488036822870872",
      "created_at" : "Thu Jul 28 21:52:28 +0000 2016",
      "favorited" : false,
      "full_text" : "@zsofiarejto Are you coming on Saturday?",
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
            "name" : "Vadnyi István",
            "screen_name" : "istvan.cooks",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700158560",
            "id" : "700158560"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "19",
      "id_str" : "376995778592661051",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "376995778592661051",
      "created_at" : "Thu Jul 28 06:40:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvan.cooks Let's catch up soon",
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
            "name" : "राहुल Patel",
            "screen_name" : "164i",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700135250",
            "id" : "700135250"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "20",
      "id_str" : "330361564059232364",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "330361564059232364",
      "created_at" : "Wed Jul 27 19:41:05 +0000 2016",
      "favorited" : false,
      "full_text" : "@164i Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "262285378439681627",
      "in_reply_to_status_id" : "262285378439681627",
      "in_reply_to_user_id" : "700135250",
      "in_reply_to_user_id_str" : "700135250",
      "in_reply_to_screen_name" : "164i"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "胡梓伟",
            "screen_name" : "chi.runs",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700046133",
            "id" : "700046133"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "11",
      "id_str" : "142858930520379017",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "142858930520379017",
      "created_at" : "Wed Jul 27 14:41:42 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi.runs Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "596416041376208207",
      "in_reply_to_status_id" : "596416041376208207",
      "in_reply_to_user_id" : "700046133",
      "in_reply_to_user_id_str" : "700046133",
      "in_reply_to_screen_name" : "chi.runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sosi Margit",
            "screen_name" : "margit.runs",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700091171",
            "id" : "700091171"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "16",
      "id_str" : "1124070682294993465",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1124070682294993465",
      "created_at" : "Sun Jul 24 04:58:08 +0000 2016",
      "favorited" : false,
      "full_text" : "@margit.runs Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "611772109990702561",
      "in_reply_to_status_id" : "611772109990702561",
      "in_reply_to_user_id" : "700091171",
      "in_reply_to_user_id_str" : "700091171",
      "in_reply_to_screen_name" : "margit.runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Valera",
            "screen_name" : "sofia_val96",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700057795",
            "id" : "700057795"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "11",
      "id_str" : "335549646542072990",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "335549646542072990",
      "created_at" : "Fri Jul 22 16:36:01 +0000 2016",
      "favorited" : false,
      "full_text" : "@sofia_val96 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1042813195762479497",
      "in_reply_to_status_id" : "1042813195762479497",
      "in_reply_to_user_id" : "700057795",
      "in_reply_to_user_id_str" : "700057795",
      "in_reply_to_screen_name" : "sofia_val96"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Käthe Neuberger",
            "screen_name" : "katheneuberger3",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700128327",
            "id" : "700128327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "17",
      "id_str" : "44690423447404482",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "44690423447404482",
      "created_at" : "Sun Jul 17 18:53:08 +0000 2016",
      "favorited" : false,
      "full_text" : "@katheneuberger3 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "495688244030671434",
      "in_reply_to_status_id" : "495688244030671434",
      "in_reply_to_user_id" : "700128327",
      "in_reply_to_user_id_str" : "700128327",
      "in_reply_to_screen_name" : "katheneuberger3"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kjetil Norrqvist",
            "screen_name" : "kjetil_nor89",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700133759",
            "id" : "700133759"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "20",
      "id_str" : "51187425357145234",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "51187425357145234",
      "created_at" : "Sun Jul 17 18:02:02 +0000 2016",
      "favorited" : false,
      "full_text" : "@kjetil_nor89 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1061002120048999545",
      "in_reply_to_status_id" : "1061002120048999545",
      "in_reply_to_user_id" : "700133759",
      "in_reply_to_user_id_str" : "700133759",
      "in_reply_to_screen_name" : "kjetil_nor89"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jessica Bradwell",
            "screen_name" : "jessica.bradwell",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700080083",
            "id" : "700080083"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "21",
      "id_str" : "981186883475424611",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "981186883475424611",
      "created_at" : "Sun Jul 17 04:24:47 +0000 2016",
      "favorited" : false,
      "full_text" : "@jessica.bradwell Can you send me the slides?",
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
            "name" : "Takács Dénes",
            "screen_name" : "denestakacs",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700099228",
            "id" : "700099228"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "18",
      "id_str" : "199707164878222932",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "199707164878222932",
      "created_at" : "Thu Jul 14 14:59:36 +0000 2016",
      "favorited" : false,
      "full_text" : "@denestakacs Gracias, igualmente",
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
            "name" : "Gál Ágnes",
            "screen_name" : "agnes_gal",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700123245",
            "id" : "700123245"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "16",
      "id_str" : "976174796396197965",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "976174796396197965",
      "created_at" : "Wed Jul 13 20:35:48 +0000 2016",
      "favorited" : false,
      "full_text" : "@agnes_gal OK",
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
            "name" : "Gál Ágnes",
            "screen_name" : "agnes_gal",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700123245",
            "id" : "700123245"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "24",
      "id_str" : "288522012703057202",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "288522012703057202",
      "created_at" : "Wed Jul 13 07:29:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@agnes_gal I'll call you later",
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
            "name" : "Ebba Holmgren",
            "screen_name" : "ebba.holmgren",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700071417",
            "id" : "700071417"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "15",
      "id_str" : "481389162944803118",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "481389162944803118",
      "created_at" : "Wed Jul 13 01:17:48 +0000 2016",
      "favorited" : false,
      "full_text" : "@ebba.holmgren Merci beaucoup !",
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
            "name" : "Vadnyi István",
            "screen_name" : "istvan.cooks",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700158560",
            "id" : "700158560"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "18",
      "id_str" : "975265451115500810",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "975265451115500810",
      "created_at" : "Tue Jul 12 22:30:27 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvan.cooks That photo is amazing 📸",
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
            "name" : "Adam Jabłoński",
            "screen_name" : "adam.jablonski",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700124148",
            "id" : "700124148"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "20",
      "id_str" : "499373572703169906",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "499373572703169906",
      "created_at" : "Mon Jul 11 00:34:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@adam.jablonski Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "331560793521360625",
      "in_reply_to_status_id" : "331560793521360625",
      "in_reply_to_user_id" : "700124148",
      "in_reply_to_user_id_str" : "700124148",
      "in_reply_to_screen_name" : "adam.jablonski"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "13",
      "id_str" : "822153556169552721",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "822153556169552721",
      "created_at" : "Sat Jul 09 18:45:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@fernandoibona Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "655819937436741264",
      "in_reply_to_status_id" : "655819937436741264",
      "in_reply_to_user_id" : "700001235",
      "in_reply_to_user_id_str" : "700001235",
      "in_reply_to_screen_name" : "fernandoibona"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наталья Тихев",
            "screen_name" : "rus_933",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700158763",
            "id" : "700158763"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "17",
      "id_str" : "306305975964660677",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "306305975964660677",
      "created_at" : "Sat Jul 09 05:51:57 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus_933 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1026741984656908148",
      "in_reply_to_status_id" : "1026741984656908148",
      "in_reply_to_user_id" : "700158763",
      "in_reply_to_user_id_str" : "700158763",
      "in_reply_to_screen_name" : "rus_933"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gál Ágnes",
            "screen_name" : "agnes_gal",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700123245",
            "id" : "700123245"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "9",
      "id_str" : "643398386020621815",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "643398386020621815",
      "created_at" : "Sat Jul 09 05:16:46 +0000 2016",
      "favorited" : false,
      "full_text" : "@agnes_gal Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "524578537810675043",
      "in_reply_to_status_id" : "524578537810675043",
      "in_reply_to_user_id" : "700123245",
      "in_reply_to_user_id_str" : "700123245",
      "in_reply_to_screen_name" : "agnes_gal"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Χρήστος Ψαρέλλης",
            "screen_name" : "gre.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700067770",
            "id" : "700067770"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "20",
      "id_str" : "188115679622861756",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "188115679622861756",
      "created_at" : "Fri Jul 08 06:48:49 +0000 2016",
      "favorited" : false,
      "full_text" : "@gre.dev Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "427018431140051981",
      "in_reply_to_status_id" : "427018431140051981",
      "in_reply_to_user_id" : "700067770",
      "in_reply_to_user_id_str" : "700067770",
      "in_reply_to_screen_name" : "gre.dev"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tiago Simões",
            "screen_name" : "tiago.music",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700030026",
            "id" : "700030026"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "25",
      "id_str" : "741626833086156608",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "741626833086156608",
      "created_at" : "Tue Jul 05 14:59:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@tiago.music Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "397501117056623465",
      "in_reply_to_status_id" : "397501117056623465",
      "in_reply_to_user_id" : "700030026",
      "in_reply_to_user_id_str" : "700030026",
      "in_reply_to_screen_name" : "tiago.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ebba Holmgren",
            "screen_name" : "ebba.holmgren",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700071417",
            "id" : "700071417"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "19",
      "id_str" : "836780266284238812",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "836780266284238812",
      "created_at" : "Tue Jul 05 04:43:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@ebba.holmgren Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "792549493199917466",
      "in_reply_to_status_id" : "792549493199917466",
      "in_reply_to_user_id" : "700071417",
      "in_reply_to_user_id_str" : "700071417",
      "in_reply_to_screen_name" : "ebba.holmgren"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Manuel Pérez",
            "screen_name" : "manuelperez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700142908",
            "id" : "700142908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "17",
      "id_str" : "653070674433794229",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "653070674433794229",
      "created_at" : "Fri Jul 01 13:25:59 +0000 2016",
      "favorited" : false,
      "full_text" : "@manuelperez Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "869730986393048603",
      "in_reply_to_status_id" : "869730986393048603",
      "in_reply_to_user_id" : "700142908",
      "in_reply_to_user_id_str" : "700142908",
      "in_reply_to_screen_name" : "manuelperez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Χρήστος Ψαρέλλης",
            "screen_name" : "gre.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700067770",
            "id" : "700067770"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "14",
      "id_str" : "871410865492407942",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "871410865492407942",
      "created_at" : "Mon Jun 27 19:47:36 +0000 2016",
      "favorited" : false,
      "full_text" : "@gre.dev Miss you guys ❤️",
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
            "name" : "Vadnyi István",
            "screen_name" : "istvan.cooks",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700158560",
            "id" : "700158560"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "19",
      "id_str" : "826515478471596905",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "826515478471596905",
      "created_at" : "Mon Jun 27 18:49:01 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvan.cooks Ευχαριστώ πολύ",
      "lang" : "en",
      "in_reply_to_status_id_str" : "99079238698366328",
      "in_reply_to_status_id" : "99079238698366328",
      "in_reply_to_user_id" : "700158560",
      "in_reply_to_user_id_str" : "700158560",
      "in_reply_to_screen_name" : "istvan.cooks"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Christopher Weswell",
            "screen_name" : "chrisweswell",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700153527",
            "id" : "700153527"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "13",
      "id_str" : "369483457140143273",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "369483457140143273",
      "created_at" : "Mon Jun 27 07:43:02 +0000 2016",
      "favorited" : false,
      "full_text" : "@chrisweswell On my way 🚗",
      "lang" : "en",
      "in_reply_to_status_id_str" : "479689923337023898",
      "in_reply_to_status_id" : "479689923337023898",
      "in_reply_to_user_id" : "700153527",
      "in_reply_to_user_id_str" : "700153527",
      "in_reply_to_screen_name" : "chrisweswell"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Valera",
            "screen_name" : "sofia_val96",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700057795",
            "id" : "700057795"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "13",
      "id_str" : "286352745986407830",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "286352745986407830",
      "created_at" : "Fri Jun 24 00:54:27 +0000 2016",
      "favorited" : false,
      "full_text" : "@sofia_val96 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "846091132492044441",
      "in_reply_to_status_id" : "846091132492044441",
      "in_reply_to_user_id" : "700057795",
      "in_reply_to_user_id_str" : "700057795",
      "in_reply_to_screen_name" : "sofia_val96"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Christopher Weswell",
            "screen_name" : "chrisweswell",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700153527",
            "id" : "700153527"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "19",
      "id_str" : "1003633632979449965",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1003633632979449965",
      "created_at" : "Thu Jun 23 15:31:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@chrisweswell Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "360255913508689766",
      "in_reply_to_status_id" : "360255913508689766",
      "in_reply_to_user_id" : "700153527",
      "in_reply_to_user_id_str" : "700153527",
      "in_reply_to_screen_name" : "chrisweswell"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nemesffy Tőke",
            "screen_name" : "tokenemesffy83",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700149880",
            "id" : "700149880"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "12",
      "id_str" : "552494224875183538",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "552494224875183538",
      "created_at" : "Thu Jun 23 14:10:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@tokenemesffy83 Haha yes 😂",
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
            "name" : "Juan Álvarez",
            "screen_name" : "juan.xo",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700050214",
            "id" : "700050214"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "15",
      "id_str" : "1136974673412176661",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1136974673412176661",
      "created_at" : "Wed Jun 22 16:45:17 +0000 2016",
      "favorited" : false,
      "full_text" : "@juan.xo Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "793056692398588050",
      "in_reply_to_status_id" : "793056692398588050",
      "in_reply_to_user_id" : "700050214",
      "in_reply_to_user_id_str" : "700050214",
      "in_reply_to_screen_name" : "juan.xo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Valera",
            "screen_name" : "sofia_val96",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700057795",
            "id" : "700057795"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "25",
      "id_str" : "641367991161855411",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "641367991161855411",
      "created_at" : "Wed Jun 22 16:42:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@sofia_val96 Hi! How are you?",
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
            "name" : "Vadnyi István",
            "screen_name" : "istvan.cooks",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700158560",
            "id" : "700158560"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "12",
      "id_str" : "1126962845961404284",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1126962845961404284",
      "created_at" : "Mon Jun 20 08:51:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvan.cooks Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "335797559632852364",
      "in_reply_to_status_id" : "335797559632852364",
      "in_reply_to_user_id" : "700158560",
      "in_reply_to_user_id_str" : "700158560",
      "in_reply_to_screen_name" : "istvan.cooks"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tiago Simões",
            "screen_name" : "tiago.music",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700030026",
            "id" : "700030026"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "20",
      "id_str" : "288068981691002479",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "288068981691002479",
      "created_at" : "Sun Jun 19 15:45:53 +0000 2016",
      "favorited" : false,
      "full_text" : "@tiago.music Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1094769519134812086",
      "in_reply_to_status_id" : "1094769519134812086",
      "in_reply_to_user_id" : "700030026",
      "in_reply_to_user_id_str" : "700030026",
      "in_reply_to_screen_name" : "tiago.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Χρήστος Ψαρέλλης",
            "screen_name" : "gre.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700067770",
            "id" : "700067770"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "18",
      "id_str" : "565131255480368192",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "565131255480368192",
      "created_at" : "Sun Jun 19 03:17:04 +0000 2016",
      "favorited" : false,
      "full_text" : "@gre.dev Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "737687927535222410",
      "in_reply_to_status_id" : "737687927535222410",
      "in_reply_to_user_id" : "700067770",
      "in_reply_to_user_id_str" : "700067770",
      "in_reply_to_screen_name" : "gre.dev"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amaia López",
            "screen_name" : "amaia.lopez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700158805",
            "id" : "700158805"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "19",
      "id_str" : "772449276762571129",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "772449276762571129",
      "created_at" : "Fri Jun 17 14:45:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@amaia.lopez Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "778396114341508936",
      "in_reply_to_status_id" : "778396114341508936",
      "in_reply_to_user_id" : "700158805",
      "in_reply_to_user_id_str" : "700158805",
      "in_reply_to_screen_name" : "amaia.lopez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Manuel Pérez",
            "screen_name" : "manuelperez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700142908",
            "id" : "700142908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "23",
      "id_str" : "418730827063185600",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "418730827063185600",
      "created_at" : "Fri Jun 17 01:14:08 +0000 2016",
      "favorited" : false,
      "full_text" : "@manuelperez Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "592106718831324265",
      "in_reply_to_status_id" : "592106718831324265",
      "in_reply_to_user_id" : "700142908",
      "in_reply_to_user_id_str" : "700142908",
      "in_reply_to_screen_name" : "manuelperez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Takács Dénes",
            "screen_name" : "denestakacs",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700099228",
            "id" : "700099228"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "16",
      "id_str" : "248855124630371478",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "248855124630371478",
      "created_at" : "Thu Jun 16 20:19:46 +0000 2016",
      "favorited" : false,
      "full_text" : "@denestakacs Haha yes 😂",
      "lang" : "en",
      "in_reply_to_status_id_str" : "60183822477107696",
      "in_reply_to_status_id" : "60183822477107696",
      "in_reply_to_user_id" : "700099228",
      "in_reply_to_user_id_str" : "700099228",
      "in_reply_to_screen_name" : "denestakacs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الفارس",
            "screen_name" : "ara_353",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700010251",
            "id" : "700010251"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "23",
      "id_str" : "716832486552689179",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "716832486552689179",
      "created_at" : "Wed Jun 15 22:26:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara_353 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1047769776624508821",
      "in_reply_to_status_id" : "1047769776624508821",
      "in_reply_to_user_id" : "700010251",
      "in_reply_to_user_id_str" : "700010251",
      "in_reply_to_screen_name" : "ara_353"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Valera",
            "screen_name" : "sofia_val96",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700057795",
            "id" : "700057795"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "14",
      "id_str" : "1044930336970896305",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1044930336970896305",
      "created_at" : "Wed Jun 15 19:02:57 +0000 2016",
      "favorited" : false,
      "full_text" : "@sofia_val96 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "976228525595618525",
      "in_reply_to_status_id" : "976228525595618525",
      "in_reply_to_user_id" : "700057795",
      "in_reply_to_user_id_str" : "700057795",
      "in_reply_to_screen_name" : "sofia_val96"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "大沢拓輔 🌍",
            "screen_name" : "jap74",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700084108",
            "id" : "700084108"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "17",
      "id_str" : "642850662634165493",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "642850662634165493",
      "created_at" : "Wed Jun 15 15:41:47 +0000 2016",
      "favorited" : false,
      "full_text" : "@jap74 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "455512353384903653",
      "in_reply_to_status_id" : "455512353384903653",
      "in_reply_to_user_id" : "700084108",
      "in_reply_to_user_id_str" : "700084108",
      "in_reply_to_screen_name" : "jap74"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ebba Holmgren",
            "screen_name" : "ebba.holmgren",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700071417",
            "id" : "700071417"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "22",
      "id_str" : "615423317047343149",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "615423317047343149",
      "created_at" : "Mon Jun 13 23:04:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@ebba.holmgren OK",
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
            "name" : "Gál Ágnes",
            "screen_name" : "agnes_gal",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700123245",
            "id" : "700123245"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "19",
      "id_str" : "1018311923939533042",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1018311923939533042",
      "created_at" : "Mon Jun 13 03:44:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@agnes_gal Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "175918261336564511",
      "in_reply_to_status_id" : "175918261336564511",
      "in_reply_to_user_id" : "700123245",
      "in_reply_to_user_id_str" : "700123245",
      "in_reply_to_screen_name" : "agnes_gal"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sosi Margit",
            "screen_name" : "margit.runs",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700091171",
            "id" : "700091171"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "14",
      "id_str" : "1032536569137700686",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1032536569137700686",
      "created_at" : "Sun Jun 12 14:03:42 +0000 2016",
      "favorited" : false,
      "full_text" : "@margit.runs Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "812747778630325368",
      "in_reply_to_status_id" : "812747778630325368",
      "in_reply_to_user_id" : "700091171",
      "in_reply_to_user_id_str" : "700091171",
      "in_reply_to_screen_name" : "margit.runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Birgit Brandbach",
            "screen_name" : "birgitbrandbach35",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700072796",
            "id" : "700072796"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "18",
      "id_str" : "445092663851114942",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "445092663851114942",
      "created_at" : "Tue Jun 07 13:44:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@birgitbrandbach35 Good luck with the launch 🚀",
      "lang" : "en",
      "in_reply_to_status_id_str" : "668254699863153160",
      "in_reply_to_status_id" : "668254699863153160",
      "in_reply_to_user_id" : "700072796",
      "in_reply_to_user_id_str" : "700072796",
      "in_reply_to_screen_name" : "birgitbrandbach35"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Manuel Pérez",
            "screen_name" : "manuelperez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700142908",
            "id" : "700142908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "23",
      "id_str" : "251592212075302635",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "251592212075302635",
      "created_at" : "Fri Jun 03 18:17:55 +0000 2016",
      "favorited" : false,
      "full_text" : "@manuelperez OK",
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
            "name" : "Manuel Pérez",
            "screen_name" : "manuelperez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700142908",
            "id" : "700142908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "18",
      "id_str" : "1077568714833457922",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1077568714833457922",
      "created_at" : "Fri Jun 03 16:09:32 +0000 2016",
      "favorited" : false,
      "full_text" : "@manuelperez I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "65434720236231685",
      "in_reply_to_status_id" : "65434720236231685",
      "in_reply_to_user_id" : "700142908",
      "in_reply_to_user_id_str" : "700142908",
      "in_reply_to_screen_name" : "manuelperez"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vadnyi István",
            "screen_name" : "istvan.cooks",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700158560",
            "id" : "700158560"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "15",
      "id_str" : "426121125116462962",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "426121125116462962",
      "created_at" : "Fri Jun 03 12:04:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvan.cooks Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "312459225879474836",
      "in_reply_to_status_id" : "312459225879474836",
      "in_reply_to_user_id" : "700158560",
      "in_reply_to_user_id_str" : "700158560",
      "in_reply_to_screen_name" : "istvan.cooks"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Valera",
            "screen_name" : "sofia_val96",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700057795",
            "id" : "700057795"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "19",
      "id_str" : "319455235678606816",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "319455235678606816",
      "created_at" : "Thu Jun 02 17:12:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@sofia_val96 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "737042305956092125",
      "in_reply_to_status_id" : "737042305956092125",
      "in_reply_to_user_id" : "700057795",
      "in_reply_to_user_id_str" : "700057795",
      "in_reply_to_screen_name" : "sofia_val96"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maria Cardoso",
            "screen_name" : "mariacardoso",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700098353",
            "id" : "700098353"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "24",
      "id_str" : "333626754953749203",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "333626754953749203",
      "created_at" : "Tue May 31 20:36:34 +0000 2016",
      "favorited" : false,
      "full_text" : "@mariacardoso Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1143194389016892438",
      "in_reply_to_status_id" : "1143194389016892438",
      "in_reply_to_user_id" : "700098353",
      "in_reply_to_user_id_str" : "700098353",
      "in_reply_to_screen_name" : "mariacardoso"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "18",
      "id_str" : "568920430139714180",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "568920430139714180",
      "created_at" : "Sat May 28 10:10:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@labssacm See you tomorrow",
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
            "name" : "Philippe Bonlac",
            "screen_name" : "philippe_bonlac",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700097303",
            "id" : "700097303"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "13",
      "id_str" : "859004092738123163",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "859004092738123163",
      "created_at" : "Fri May 27 20:51:11 +0000 2016",
      "favorited" : false,
      "full_text" : "@philippe_bonlac Çok teşekkürler",
      "lang" : "en",
      "in_reply_to_status_id_str" : "566377691497624210",
      "in_reply_to_status_id" : "566377691497624210",
      "in_reply_to_user_id" : "700097303",
      "in_reply_to_user_id_str" : "700097303",
      "in_reply_to_screen_name" : "philippe_bonlac"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Käthe Lohmann",
            "screen_name" : "klohmann12",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700156873",
            "id" : "700156873"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "14",
      "id_str" : "300015233185444632",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "300015233185444632",
      "created_at" : "Thu May 26 23:25:46 +0000 2016",
      "favorited" : false,
      "full_text" : "@klohmann12 धन्यवाद",
      "lang" : "en",
      "in_reply_to_status_id_str" : "550468622277362012",
      "in_reply_to_status_id" : "550468622277362012",
      "in_reply_to_user_id" : "700156873",
      "in_reply_to_user_id_str" : "700156873",
      "in_reply_to_screen_name" : "klohmann12"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jacob Thornfield",
            "screen_name" : "jacob.cooks",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700158049",
            "id" : "700158049"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "13",
      "id_str" : "948726418291314441",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "948726418291314441",
      "created_at" : "Thu May 26 17:25:49 +0000 2016",
      "favorited" : false,
      "full_text" : "@jacob.cooks Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1049370589184938750",
      "in_reply_to_status_id" : "1049370589184938750",
      "in_reply_to_user_id" : "700158049",
      "in_reply_to_user_id_str" : "700158049",
      "in_reply_to_screen_name" : "jacob.cooks"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kjetil Norrqvist",
            "screen_name" : "kjetil_nor89",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700133759",
            "id" : "700133759"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "6",
      "id_str" : "499944762195183611",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "499944762195183611",
      "created_at" : "Wed May 25 10:17:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@kjetil_nor89 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "838665475759007961",
      "in_reply_to_status_id" : "838665475759007961",
      "in_reply_to_user_id" : "700133759",
      "in_reply_to_user_id_str" : "700133759",
      "in_reply_to_screen_name" : "kjetil_nor89"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kjetil Norrqvist",
            "screen_name" : "kjetil_nor89",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700133759",
            "id" : "700133759"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "18",
      "id_str" : "1115209709906232515",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1115209709906232515",
      "created_at" : "Wed May 25 04:19:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@kjetil_nor89 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "123295772839994428",
      "in_reply_to_status_id" : "123295772839994428",
      "in_reply_to_user_id" : "700133759",
      "in_reply_to_user_id_str" : "700133759",
      "in_reply_to_screen_name" : "kjetil_nor89"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "David Peña",
            "screen_name" : "david98",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700128607",
            "id" : "700128607"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "22",
      "id_str" : "652052025355041321",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "652052025355041321",
      "created_at" : "Mon May 23 16:53:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@david98 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "181907250299281033",
      "in_reply_to_status_id" : "181907250299281033",
      "in_reply_to_user_id" : "700128607",
      "in_reply_to_user_id_str" : "700128607",
      "in_reply_to_screen_name" : "david98"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Beneti Andrea",
            "screen_name" : "andrea.dev",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700131708",
            "id" : "700131708"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "9",
      "id_str" : "869534831697690769",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "869534831697690769",
      "created_at" : "Mon May 23 01:15:41 +0000 2016",
      "favorited" : false,
      "full_text" : "@andrea.dev Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "969922297274067152",
      "in_reply_to_status_id" : "969922297274067152",
      "in_reply_to_user_id" : "700131708",
      "in_reply_to_user_id_str" : "700131708",
      "in_reply_to_screen_name" : "andrea.dev"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Наталья Тихев",
            "screen_name" : "rus_933",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700158763",
            "id" : "700158763"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "12",
      "id_str" : "398124494392375601",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "398124494392375601",
      "created_at" : "Sun May 22 01:44:57 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus_933 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "795539457058732060",
      "in_reply_to_status_id" : "795539457058732060",
      "in_reply_to_user_id" : "700158763",
      "in_reply_to_user_id_str" : "700158763",
      "in_reply_to_screen_name" : "rus_933"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Valera",
            "screen_name" : "sofia_val96",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700057795",
            "id" : "700057795"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "23",
      "id_str" : "793866396166348164",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "793866396166348164",
      "created_at" : "Fri May 20 10:50:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@sofia_val96 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "934509070641839468",
      "in_reply_to_status_id" : "934509070641839468",
      "in_reply_to_user_id" : "700057795",
      "in_reply_to_user_id_str" : "700057795",
      "in_reply_to_screen_name" : "sofia_val96"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "19",
      "id_str" : "994948888032838249",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "994948888032838249",
      "created_at" : "Thu May 19 05:52:29 +0000 2016",
      "favorited" : false,
      "full_text" : "@fernandoibona Did you see the article I posted?",
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
            "name" : "ليلى الزهراني 🌍",
            "screen_name" : "a2769",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700045167",
            "id" : "700045167"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "21",
      "id_str" : "1002053733533699475",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1002053733533699475",
      "created_at" : "Wed May 18 20:42:56 +0000 2016",
      "favorited" : false,
      "full_text" : "@a2769 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "656404834232778776",
      "in_reply_to_status_id" : "656404834232778776",
      "in_reply_to_user_id" : "700045167",
      "in_reply_to_user_id_str" : "700045167",
      "in_reply_to_screen_name" : "a2769"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vadnyi István",
            "screen_name" : "istvan.cooks",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700158560",
            "id" : "700158560"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "12",
      "id_str" : "676053091218344494",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "676053091218344494",
      "created_at" : "Mon May 16 14:19:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvan.cooks Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "855394204971335460",
      "in_reply_to_status_id" : "855394204971335460",
      "in_reply_to_user_id" : "700158560",
      "in_reply_to_user_id_str" : "700158560",
      "in_reply_to_screen_name" : "istvan.cooks"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "10",
      "id_str" : "72392676817354652",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "72392676817354652",
      "created_at" : "Sun May 15 23:56:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@labssacm Can you send me the slides?",
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
            "name" : "Vadnyi István",
            "screen_name" : "istvan.cooks",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700158560",
            "id" : "700158560"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "13",
      "id_str" : "1054674249078733296",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1054674249078733296",
      "created_at" : "Fri May 13 02:14:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvan.cooks Merci beaucoup !",
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
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "14",
      "id_str" : "40302912171532197",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "40302912171532197",
      "created_at" : "Wed May 11 10:30:47 +0000 2016",
      "favorited" : false,
      "full_text" : "@labssacm Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "966911636135196266",
      "in_reply_to_status_id" : "966911636135196266",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Felix Lohmann",
            "screen_name" : "felixlohmann",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700127382",
            "id" : "700127382"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "23",
      "id_str" : "1026066952866667127",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1026066952866667127",
      "created_at" : "Tue May 10 09:24:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@felixlohmann Here is the link",
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
            "name" : "رنا الفارس",
            "screen_name" : "ara_353",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700010251",
            "id" : "700010251"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "21",
      "id_str" : "537848599422321928",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "537848599422321928",
      "created_at" : "Mon May 09 13:30:27 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara_353 I'll call you later",
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
            "name" : "Kjetil Norrqvist",
            "screen_name" : "kjetil_nor89",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700133759",
            "id" : "700133759"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "14",
      "id_str" : "1052496756815894336",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1052496756815894336",
      "created_at" : "Mon May 09 07:55:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@kjetil_nor89 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "88578996923764186",
      "in_reply_to_status_id" : "88578996923764186",
      "in_reply_to_user_id" : "700133759",
      "in_reply_to_user_id_str" : "700133759",
      "in_reply_to_screen_name" : "kjetil_nor89"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Horváth Júlia",
            "screen_name" : "horvathj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700026092",
            "id" : "700026092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "17",
      "id_str" : "858886747374499099",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "858886747374499099",
      "created_at" : "Sun May 08 05:59:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@horvathj Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "23842966900509130",
      "in_reply_to_status_id" : "23842966900509130",
      "in_reply_to_user_id" : "700026092",
      "in_reply_to_user_id_str" : "700026092",
      "in_reply_to_screen_name" : "horvathj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vadnyi István",
            "screen_name" : "istvan.cooks",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700158560",
            "id" : "700158560"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "15",
      "id_str" : "1040673647409661969",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1040673647409661969",
      "created_at" : "Tue May 03 12:03:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvan.cooks Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "243427470549326390",
      "in_reply_to_status_id" : "243427470549326390",
      "in_reply_to_user_id" : "700158560",
      "in_reply_to_user_id_str" : "700158560",
      "in_reply_to_screen_name" : "istvan.cooks"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Χρήστος Γεωργιάδης",
            "screen_name" : "gre_427",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700023691",
            "id" : "700023691"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "13",
      "id_str" : "109023628773378092",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "109023628773378092",
      "created_at" : "Mon May 02 05:48:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@gre_427 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "186965683473264358",
      "in_reply_to_status_id" : "186965683473264358",
      "in_reply_to_user_id" : "700023691",
      "in_reply_to_user_id_str" : "700023691",
      "in_reply_to_screen_name" : "gre_427"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Anna Lewandowski",
            "screen_name" : "anna85",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700025637",
            "id" : "700025637"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "25",
      "id_str" : "338528501745189556",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "338528501745189556",
      "created_at" : "Sun May 01 05:34:28 +0000 2016",
      "favorited" : false,
      "full_text" : "@anna85 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "63341629067980023",
      "in_reply_to_status_id" : "63341629067980023",
      "in_reply_to_user_id" : "700025637",
      "in_reply_to_user_id_str" : "700025637",
      "in_reply_to_screen_name" : "anna85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elsa Dalås",
            "screen_name" : "elsa88",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700161192",
            "id" : "700161192"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "20",
      "id_str" : "551934804260360469",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "551934804260360469",
      "created_at" : "Sat Apr 30 05:15:01 +0000 2016",
      "favorited" : false,
      "full_text" : "@elsa88 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "15950263221943334",
      "in_reply_to_status_id" : "15950263221943334",
      "in_reply_to_user_id" : "700161192",
      "in_reply_to_user_id_str" : "700161192",
      "in_reply_to_screen_name" : "elsa88"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Χρήστος Ψαρέλλης",
            "screen_name" : "gre.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700067770",
            "id" : "700067770"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "19",
      "id_str" : "484639410124364518",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "484639410124364518",
      "created_at" : "Thu Apr 28 02:59:41 +0000 2016",
      "favorited" : false,
      "full_text" : "@gre.dev Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "147945693228470994",
      "in_reply_to_status_id" : "147945693228470994",
      "in_reply_to_user_id" : "700067770",
      "in_reply_to_user_id_str" : "700067770",
      "in_reply_to_screen_name" : "gre.dev"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nemesffy Tőke",
            "screen_name" : "tokenemesffy83",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700149880",
            "id" : "700149880"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "14",
      "id_str" : "633139194326426977",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "633139194326426977",
      "created_at" : "Wed Apr 20 14:05:01 +0000 2016",
      "favorited" : false,
      "full_text" : "@tokenemesffy83 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1135895088206837998",
      "in_reply_to_status_id" : "1135895088206837998",
      "in_reply_to_user_id" : "700149880",
      "in_reply_to_user_id_str" : "700149880",
      "in_reply_to_screen_name" : "tokenemesffy83"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الفارس",
            "screen_name" : "ara_353",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700010251",
            "id" : "700010251"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "21",
      "id_str" : "871507675267141678",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "871507675267141678",
      "created_at" : "Mon Apr 18 06:51:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara_353 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "771932852802258807",
      "in_reply_to_status_id" : "771932852802258807",
      "in_reply_to_user_id" : "700010251",
      "in_reply_to_user_id_str" : "700010251",
      "in_reply_to_screen_name" : "ara_353"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Philippe Bonlac",
            "screen_name" : "philippe_bonlac",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700097303",
            "id" : "700097303"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "20",
      "id_str" : "1041924180430711468",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1041924180430711468",
      "created_at" : "Sat Apr 16 02:08:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@philippe_bonlac Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "106924394526022265",
      "in_reply_to_status_id" : "106924394526022265",
      "in_reply_to_user_id" : "700097303",
      "in_reply_to_user_id_str" : "700097303",
      "in_reply_to_screen_name" : "philippe_bonlac"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Χρήστος Ψαρέλλης",
            "screen_name" : "gre.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700067770",
            "id" : "700067770"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "19",
      "id_str" : "298863444752686805",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "298863444752686805",
      "created_at" : "Fri Apr 15 17:25:58 +0000 2016",
      "favorited" : false,
      "full_text" : "@gre.dev I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "984680598196134923",
      "in_reply_to_status_id" : "984680598196134923",
      "in_reply_to_user_id" : "700067770",
      "in_reply_to_user_id_str" : "700067770",
      "in_reply_to_screen_name" : "gre.dev"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Serkan Arslan",
            "screen_name" : "serkan75",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700061043",
            "id" : "700061043"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "21",
      "id_str" : "266487990956299466",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "266487990956299466",
      "created_at" : "Fri Apr 15 17:17:30 +0000 2016",
      "favorited" : false,
      "full_text" : "@serkan75 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "423299785355402056",
      "in_reply_to_status_id" : "423299785355402056",
      "in_reply_to_user_id" : "700061043",
      "in_reply_to_user_id_str" : "700061043",
      "in_reply_to_screen_name" : "serkan75"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Hampham",
            "screen_name" : "emily82",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700029431",
            "id" : "700029431"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "20",
      "id_str" : "201450316979456213",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "201450316979456213",
      "created_at" : "Sun Apr 10 02:34:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@emily82 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "360935205970248808",
      "in_reply_to_status_id" : "360935205970248808",
      "in_reply_to_user_id" : "700029431",
      "in_reply_to_user_id_str" : "700029431",
      "in_reply_to_screen_name" : "emily82"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Anna Lewandowski",
            "screen_name" : "anna85",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700025637",
            "id" : "700025637"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "9",
      "id_str" : "738178693225561377",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "738178693225561377",
      "created_at" : "Thu Apr 07 14:23:41 +0000 2016",
      "favorited" : false,
      "full_text" : "@anna85 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "567365419518818325",
      "in_reply_to_status_id" : "567365419518818325",
      "in_reply_to_user_id" : "700025637",
      "in_reply_to_user_id_str" : "700025637",
      "in_reply_to_screen_name" : "anna85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jacob Thornfield",
            "screen_name" : "jacob.cooks",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700158049",
            "id" : "700158049"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "17",
      "id_str" : "1008740035524509061",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1008740035524509061",
      "created_at" : "Thu Apr 07 01:13:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@jacob.cooks I'll call you later",
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
            "name" : "Serkan Arslan",
            "screen_name" : "serkan75",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700061043",
            "id" : "700061043"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "20",
      "id_str" : "541834690347334209",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "541834690347334209",
      "created_at" : "Wed Apr 06 10:19:21 +0000 2016",
      "favorited" : false,
      "full_text" : "@serkan75 Gracias, igualmente",
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
            "name" : "Francisco Sanero",
            "screen_name" : "sanerof",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700042843",
            "id" : "700042843"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "21",
      "id_str" : "609923308907550054",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "609923308907550054",
      "created_at" : "Sat Apr 02 17:54:59 +0000 2016",
      "favorited" : false,
      "full_text" : "@sanerof OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "504817728176988121",
      "in_reply_to_status_id" : "504817728176988121",
      "in_reply_to_user_id" : "700042843",
      "in_reply_to_user_id_str" : "700042843",
      "in_reply_to_screen_name" : "sanerof"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Horváth Júlia",
            "screen_name" : "horvathj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700026092",
            "id" : "700026092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "20",
      "id_str" : "914045692982332492",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "914045692982332492",
      "created_at" : "Thu Mar 31 00:11:11 +0000 2016",
      "favorited" : false,
      "full_text" : "@horvathj Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "589485841886465226",
      "in_reply_to_status_id" : "589485841886465226",
      "in_reply_to_user_id" : "700026092",
      "in_reply_to_user_id_str" : "700026092",
      "in_reply_to_screen_name" : "horvathj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Céline Vaumont ☕",
            "screen_name" : "celine.vaumont",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700028654",
            "id" : "700028654"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "14",
      "id_str" : "485752149923254004",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "485752149923254004",
      "created_at" : "Mon Mar 28 07:24:51 +0000 2016",
      "favorited" : false,
      "full_text" : "@celine.vaumont Great talk yesterday",
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
            "name" : "Anna Lewandowski",
            "screen_name" : "anna85",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700025637",
            "id" : "700025637"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "24",
      "id_str" : "531696138725591035",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "531696138725591035",
      "created_at" : "Sun Mar 27 11:42:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@anna85 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "504592230528967140",
      "in_reply_to_status_id" : "504592230528967140",
      "in_reply_to_user_id" : "700025637",
      "in_reply_to_user_id_str" : "700025637",
      "in_reply_to_screen_name" : "anna85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "David Peña",
            "screen_name" : "david98",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700128607",
            "id" : "700128607"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "13",
      "id_str" : "555675775629879318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "555675775629879318",
      "created_at" : "Sun Mar 27 02:24:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@david98 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "769201900678704688",
      "in_reply_to_status_id" : "769201900678704688",
      "in_reply_to_user_id" : "700128607",
      "in_reply_to_user_id_str" : "700128607",
      "in_reply_to_screen_name" : "david98"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Юлия Усский",
            "screen_name" : "rus.runs4",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700001865",
            "id" : "700001865"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "12",
      "id_str" : "4308596334288306",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "4308596334288306",
      "created_at" : "Sat Mar 26 23:44:50 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus.runs4 Yes, works for me",
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
            "name" : "Pierre Broussier",
            "screen_name" : "pbroussier62",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700133605",
            "id" : "700133605"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "15",
      "id_str" : "297633689230897607",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "297633689230897607",
      "created_at" : "Fri Mar 25 00:22:59 +0000 2016",
      "favorited" : false,
      "full_text" : "@pbroussier62 Did you see the article I posted?",
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
            "name" : "Vadnyi István",
            "screen_name" : "istvan.cooks",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700158560",
            "id" : "700158560"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "14",
      "id_str" : "665833532271536835",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "665833532271536835",
      "created_at" : "Tue Mar 22 14:53:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvan.cooks Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "248859092870834711",
      "in_reply_to_status_id" : "248859092870834711",
      "in_reply_to_user_id" : "700158560",
      "in_reply_to_user_id_str" : "700158560",
      "in_reply_to_screen_name" : "istvan.cooks"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Christopher Weswell",
            "screen_name" : "chrisweswell",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700153527",
            "id" : "700153527"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "14",
      "id_str" : "1141932271030769508",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1141932271030769508",
      "created_at" : "Mon Mar 21 22:42:56 +0000 2016",
      "favorited" : false,
      "full_text" : "@chrisweswell Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "205522088877530339",
      "in_reply_to_status_id" : "205522088877530339",
      "in_reply_to_user_id" : "700153527",
      "in_reply_to_user_id_str" : "700153527",
      "in_reply_to_screen_name" : "chrisweswell"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Käthe Lohmann",
            "screen_name" : "klohmann12",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700156873",
            "id" : "700156873"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "13",
      "id_str" : "400968856541122331",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "400968856541122331",
      "created_at" : "Sun Mar 20 21:31:41 +0000 2016",
      "favorited" : false,
      "full_text" : "@klohmann12 See you tomorrow",
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
            "name" : "Anna Lewandowski",
            "screen_name" : "anna85",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700025637",
            "id" : "700025637"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "14",
      "id_str" : "30813486407917374",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "30813486407917374",
      "created_at" : "Sat Mar 19 22:28:25 +0000 2016",
      "favorited" : false,
      "full_text" : "@anna85 Did you see the article I posted?",
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
            "name" : "Tiago Simões",
            "screen_name" : "tiago.music",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700030026",
            "id" : "700030026"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "9",
      "id_str" : "408641314460555896",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "408641314460555896",
      "created_at" : "Sat Mar 19 15:35:01 +0000 2016",
      "favorited" : false,
      "full_text" : "@tiago.music Haha yes 😂",
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
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "17",
      "id_str" : "105193579852612837",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "105193579852612837",
      "created_at" : "Sat Mar 19 12:20:57 +0000 2016",
      "favorited" : false,
      "full_text" : "@labssacm That photo is amazing 📸",
      "lang" : "en",
      "in_reply_to_status_id_str" : "754608126065705704",
      "in_reply_to_status_id" : "754608126065705704",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Brandon Hatherley",
            "screen_name" : "hatherleyb",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700133108",
            "id" : "700133108"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "17",
      "id_str" : "977731603091294133",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "977731603091294133",
      "created_at" : "Sat Mar 19 06:21:32 +0000 2016",
      "favorited" : false,
      "full_text" : "@hatherleyb Did you see the article I posted?",
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
            "name" : "Elsa Dalås",
            "screen_name" : "elsa88",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700161192",
            "id" : "700161192"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "19",
      "id_str" : "858956120047276752",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "858956120047276752",
      "created_at" : "Fri Mar 18 09:19:09 +0000 2016",
      "favorited" : false,
      "full_text" : "@elsa88 Are you coming on Saturday?",
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
            "name" : "ليلى الزهراني 🌍",
            "screen_name" : "a2769",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700045167",
            "id" : "700045167"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "16",
      "id_str" : "345262786819986319",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "345262786819986319",
      "created_at" : "Fri Mar 18 05:31:09 +0000 2016",
      "favorited" : false,
      "full_text" : "@a2769 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1062813050092699278",
      "in_reply_to_status_id" : "1062813050092699278",
      "in_reply_to_user_id" : "700045167",
      "in_reply_to_user_id_str" : "700045167",
      "in_reply_to_screen_name" : "a2769"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "حسن البكري",
            "screen_name" : "ara12379",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700114061",
            "id" : "700114061"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "13",
      "id_str" : "288246774413123104",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "288246774413123104",
      "created_at" : "Thu Mar 17 11:51:16 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara12379 Gracias, igualmente",
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
            "name" : "Vadnyi István",
            "screen_name" : "istvan.cooks",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700158560",
            "id" : "700158560"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "23",
      "id_str" : "484208881883290751",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "484208881883290751",
      "created_at" : "Tue Mar 15 13:57:25 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvan.cooks Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "129577180191823209",
      "in_reply_to_status_id" : "129577180191823209",
      "in_reply_to_user_id" : "700158560",
      "in_reply_to_user_id_str" : "700158560",
      "in_reply_to_screen_name" : "istvan.cooks"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الفارس",
            "screen_name" : "ara_353",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700010251",
            "id" : "700010251"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "13",
      "id_str" : "105551783590783477",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "105551783590783477",
      "created_at" : "Tue Mar 15 11:01:46 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara_353 Can you send me the slides?",
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
            "name" : "Emily Hampham",
            "screen_name" : "emily82",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700029431",
            "id" : "700029431"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "18",
      "id_str" : "776871453578924424",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "776871453578924424",
      "created_at" : "Sun Mar 13 16:47:57 +0000 2016",
      "favorited" : false,
      "full_text" : "@emily82 Welcome to the team!",
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
            "name" : "رنا الفارس",
            "screen_name" : "ara_353",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700010251",
            "id" : "700010251"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "11",
      "id_str" : "419534693666598771",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "419534693666598771",
      "created_at" : "Fri Mar 11 01:10:15 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara_353 Did you see the article I posted?",
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
            "name" : "Horváth Júlia",
            "screen_name" : "horvathj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700026092",
            "id" : "700026092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "15",
      "id_str" : "671546720076248554",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "671546720076248554",
      "created_at" : "Thu Mar 10 12:53:46 +0000 2016",
      "favorited" : false,
      "full_text" : "@horvathj Dziękuję, do zobaczenia",
      "lang" : "en",
      "in_reply_to_status_id_str" : "852922423986216313",
      "in_reply_to_status_id" : "852922423986216313",
      "in_reply_to_user_id" : "700026092",
      "in_reply_to_user_id_str" : "700026092",
      "in_reply_to_screen_name" : "horvathj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gaël Rousseau",
            "screen_name" : "grousseau69",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700061400",
            "id" : "700061400"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "14",
      "id_str" : "668081532901503526",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "668081532901503526",
      "created_at" : "Wed Mar 09 19:34:45 +0000 2016",
      "favorited" : false,
      "full_text" : "@grousseau69 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "521552389144783952",
      "in_reply_to_status_id" : "521552389144783952",
      "in_reply_to_user_id" : "700061400",
      "in_reply_to_user_id_str" : "700061400",
      "in_reply_to_screen_name" : "grousseau69"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vadnyi István",
            "screen_name" : "istvan.cooks",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700158560",
            "id" : "700158560"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "16",
      "id_str" : "103981182826106719",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "103981182826106719",
      "created_at" : "Tue Mar 08 17:54:35 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvan.cooks Great talk yesterday",
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
            "name" : "Юлия Усский",
            "screen_name" : "rus.runs4",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700001865",
            "id" : "700001865"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "17",
      "id_str" : "351068268769464338",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "351068268769464338",
      "created_at" : "Tue Mar 08 00:32:54 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus.runs4 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1044085525537212184",
      "in_reply_to_status_id" : "1044085525537212184",
      "in_reply_to_user_id" : "700001865",
      "in_reply_to_user_id_str" : "700001865",
      "in_reply_to_screen_name" : "rus.runs4"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sosi Margit",
            "screen_name" : "margit.runs",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700091171",
            "id" : "700091171"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "15",
      "id_str" : "237140391919926364",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "237140391919926364",
      "created_at" : "Sun Mar 06 17:49:20 +0000 2016",
      "favorited" : false,
      "full_text" : "@margit.runs Yes, works for me",
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
            "name" : "Horváth Júlia",
            "screen_name" : "horvathj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700026092",
            "id" : "700026092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "13",
      "id_str" : "865013394221607637",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "865013394221607637",
      "created_at" : "Sat Mar 05 21:33:49 +0000 2016",
      "favorited" : false,
      "full_text" : "@horvathj Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1092110255349498556",
      "in_reply_to_status_id" : "1092110255349498556",
      "in_reply_to_user_id" : "700026092",
      "in_reply_to_user_id_str" : "700026092",
      "in_reply_to_screen_name" : "horvathj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "رنا الفارس",
            "screen_name" : "ara_353",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700010251",
            "id" : "700010251"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "15",
      "id_str" : "900948544551662636",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "900948544551662636",
      "created_at" : "Sat Mar 05 08:40:58 +0000 2016",
      "favorited" : false,
      "full_text" : "@ara_353 Miss you guys ❤️",
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
            "name" : "ليلى الزهراني 🌍",
            "screen_name" : "a2769",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700045167",
            "id" : "700045167"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "10",
      "id_str" : "242727202673648568",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "242727202673648568",
      "created_at" : "Wed Mar 02 23:46:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@a2769 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "331187775518988536",
      "in_reply_to_status_id" : "331187775518988536",
      "in_reply_to_user_id" : "700045167",
      "in_reply_to_user_id_str" : "700045167",
      "in_reply_to_screen_name" : "a2769"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Edward Butler",
            "screen_name" : "butlere",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700044726",
            "id" : "700044726"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "18",
      "id_str" : "79480280451723756",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "79480280451723756",
      "created_at" : "Tue Mar 01 02:49:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@butlere Sorry, running late",
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
            "name" : "Anna Lewandowski",
            "screen_name" : "anna85",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700025637",
            "id" : "700025637"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "13",
      "id_str" : "228839535637311924",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "228839535637311924",
      "created_at" : "Mon Feb 29 23:16:36 +0000 2016",
      "favorited" : false,
      "full_text" : "@anna85 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "798536951342703111",
      "in_reply_to_status_id" : "798536951342703111",
      "in_reply_to_user_id" : "700025637",
      "in_reply_to_user_id_str" : "700025637",
      "in_reply_to_screen_name" : "anna85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vadnyi István",
            "screen_name" : "istvan.cooks",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700158560",
            "id" : "700158560"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "15",
      "id_str" : "540036586786489668",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "540036586786489668",
      "created_at" : "Sat Feb 27 20:58:17 +0000 2016",
      "favorited" : false,
      "full_text" : "@istvan.cooks Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "140215175238845215",
      "in_reply_to_status_id" : "140215175238845215",
      "in_reply_to_user_id" : "700158560",
      "in_reply_to_user_id_str" : "700158560",
      "in_reply_to_screen_name" : "istvan.cooks"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gaël Rousseau",
            "screen_name" : "grousseau69",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700061400",
            "id" : "700061400"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "14",
      "id_str" : "1102935112657707218",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1102935112657707218",
      "created_at" : "Sat Feb 27 14:03:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@grousseau69 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "154072448031611543",
      "in_reply_to_status_id" : "154072448031611543",
      "in_reply_to_user_id" : "700061400",
      "in_reply_to_user_id_str" : "700061400",
      "in_reply_to_screen_name" : "grousseau69"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "宮村裕衣",
            "screen_name" : "jap20044",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700132317",
            "id" : "700132317"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "12",
      "id_str" : "86172861850281548",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "86172861850281548",
      "created_at" : "Sat Feb 27 12:44:09 +0000 2016",
      "favorited" : false,
      "full_text" : "@jap20044 Interesting point, I agree",
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
            "name" : "Ελένη Ψαρίου",
            "screen_name" : "g9466",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700105318",
            "id" : "700105318"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "9"
      ],
      "favorite_count" : "14",
      "id_str" : "414929514346092019",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "414929514346092019",
      "created_at" : "Fri Feb 26 19:02:23 +0000 2016",
      "favorited" : false,
      "full_text" : "@g9466 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1010186866489773655",
      "in_reply_to_status_id" : "1010186866489773655",
      "in_reply_to_user_id" : "700105318",
      "in_reply_to_user_id_str" : "700105318",
      "in_reply_to_screen_name" : "g9466"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ليلى الزهراني 🌍",
            "screen_name" : "a2769",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700045167",
            "id" : "700045167"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "12",
      "id_str" : "500055292832729899",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "500055292832729899",
      "created_at" : "Fri Feb 26 14:57:12 +0000 2016",
      "favorited" : false,
      "full_text" : "@a2769 Let's catch up soon",
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
            "name" : "Kjetil Norrqvist",
            "screen_name" : "kjetil_nor89",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700133759",
            "id" : "700133759"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "14",
      "id_str" : "1137448996480611772",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1137448996480611772",
      "created_at" : "Thu Feb 25 12:48:24 +0000 2016",
      "favorited" : false,
      "full_text" : "@kjetil_nor89 Tack så mycket",
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
            "name" : "Serkan Arslan",
            "screen_name" : "serkan75",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700061043",
            "id" : "700061043"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "15",
      "id_str" : "335849439945897570",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "335849439945897570",
      "created_at" : "Wed Feb 24 06:19:31 +0000 2016",
      "favorited" : false,
      "full_text" : "@serkan75 Merci beaucoup !",
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
            "name" : "Sosi Margit",
            "screen_name" : "margit.runs",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700091171",
            "id" : "700091171"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "24",
      "id_str" : "348865475923280763",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "348865475923280763",
      "created_at" : "Tue Feb 23 15:30:28 +0000 2016",
      "favorited" : false,
      "full_text" : "@margit.runs OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1008932231291954112",
      "in_reply_to_status_id" : "1008932231291954112",
      "in_reply_to_user_id" : "700091171",
      "in_reply_to_user_id_str" : "700091171",
      "in_reply_to_screen_name" : "margit.runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lakshmi Das",
            "screen_name" : "dasl",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700037019",
            "id" : "700037019"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "16",
      "id_str" : "820910768247978424",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "820910768247978424",
      "created_at" : "Mon Feb 22 09:20:52 +0000 2016",
      "favorited" : false,
      "full_text" : "@dasl Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "217828188995887015",
      "in_reply_to_status_id" : "217828188995887015",
      "in_reply_to_user_id" : "700037019",
      "in_reply_to_user_id_str" : "700037019",
      "in_reply_to_screen_name" : "dasl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lucy Goodfield",
            "screen_name" : "lucy_goo88",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700131253",
            "id" : "700131253"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "15",
      "id_str" : "360256530303755423",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "360256530303755423",
      "created_at" : "Fri Feb 19 20:19:04 +0000 2016",
      "favorited" : false,
      "full_text" : "@lucy_goo88 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "703056400147845735",
      "in_reply_to_status_id" : "703056400147845735",
      "in_reply_to_user_id" : "700131253",
      "in_reply_to_user_id_str" : "700131253",
      "in_reply_to_screen_name" : "lucy_goo88"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elsa Dalås",
            "screen_name" : "elsa88",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700161192",
            "id" : "700161192"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "17",
      "id_str" : "985771104827553195",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "985771104827553195",
      "created_at" : "Tue Feb 16 10:57:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@elsa88 Interesting point, I agree",
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
            "name" : "Manish Patel",
            "screen_name" : "manish.patel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700028850",
            "id" : "700028850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "16",
      "id_str" : "247871923624030567",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "247871923624030567",
      "created_at" : "Mon Feb 15 01:09:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@manish.patel Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1036768922756873204",
      "in_reply_to_status_id" : "1036768922756873204",
      "in_reply_to_user_id" : "700028850",
      "in_reply_to_user_id_str" : "700028850",
      "in_reply_to_screen_name" : "manish.patel"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Swati Joshi",
            "screen_name" : "swati_joshi",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700134291",
            "id" : "700134291"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "13",
      "id_str" : "324559459892023002",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "324559459892023002",
      "created_at" : "Sun Feb 14 14:01:07 +0000 2016",
      "favorited" : false,
      "full_text" : "@swati_joshi Interesting point, I agree",
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
            "name" : "Ömer Kaykaya",
            "screen_name" : "kaykayao",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700106445",
            "id" : "700106445"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "10",
      "id_str" : "611523256560848720",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "611523256560848720",
      "created_at" : "Sun Feb 14 10:55:59 +0000 2016",
      "favorited" : false,
      "full_text" : "@kaykayao Yes, works for me",
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
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "10",
      "id_str" : "656736505841209791",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "656736505841209791",
      "created_at" : "Sun Feb 14 03:44:56 +0000 2016",
      "favorited" : false,
      "full_text" : "@labssacm Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "159597850573710855",
      "in_reply_to_status_id" : "159597850573710855",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "17",
      "id_str" : "865945162266436718",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "865945162266436718",
      "created_at" : "Sat Feb 13 14:49:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@labssacm Cảm ơn bạn nhiều",
      "lang" : "en",
      "in_reply_to_status_id_str" : "280526943372449549",
      "in_reply_to_status_id" : "280526943372449549",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Hampham",
            "screen_name" : "emily82",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700029431",
            "id" : "700029431"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "12",
      "id_str" : "707863939623332443",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "707863939623332443",
      "created_at" : "Sat Feb 13 07:06:42 +0000 2016",
      "favorited" : false,
      "full_text" : "@emily82 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "664611077411628779",
      "in_reply_to_status_id" : "664611077411628779",
      "in_reply_to_user_id" : "700029431",
      "in_reply_to_user_id_str" : "700029431",
      "in_reply_to_screen_name" : "emily82"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Anna Lewandowski",
            "screen_name" : "anna85",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700025637",
            "id" : "700025637"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "15",
      "id_str" : "415871752861898315",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "415871752861898315",
      "created_at" : "Sat Feb 13 05:06:19 +0000 2016",
      "favorited" : false,
      "full_text" : "@anna85 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "152555249500328093",
      "in_reply_to_status_id" : "152555249500328093",
      "in_reply_to_user_id" : "700025637",
      "in_reply_to_user_id_str" : "700025637",
      "in_reply_to_screen_name" : "anna85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ελένη Ψαρίου",
            "screen_name" : "g9466",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700105318",
            "id" : "700105318"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "14",
      "id_str" : "334292016795751786",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "334292016795751786",
      "created_at" : "Fri Feb 12 09:00:19 +0000 2016",
      "favorited" : false,
      "full_text" : "@g9466 Sorry, running late",
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
            "name" : "Anna Lewandowski",
            "screen_name" : "anna85",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700025637",
            "id" : "700025637"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "9",
      "id_str" : "296606767927503288",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "296606767927503288",
      "created_at" : "Thu Feb 11 23:35:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@anna85 Hi! How are you?",
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
            "name" : "Emily Hampham",
            "screen_name" : "emily82",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700029431",
            "id" : "700029431"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "16",
      "id_str" : "2314957480282212",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2314957480282212",
      "created_at" : "Wed Feb 10 20:51:13 +0000 2016",
      "favorited" : false,
      "full_text" : "@emily82 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "722490789210212756",
      "in_reply_to_status_id" : "722490789210212756",
      "in_reply_to_user_id" : "700029431",
      "in_reply_to_user_id_str" : "700029431",
      "in_reply_to_screen_name" : "emily82"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Anna Lewandowski",
            "screen_name" : "anna85",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700025637",
            "id" : "700025637"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "19",
      "id_str" : "809674021544064256",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "809674021544064256",
      "created_at" : "Wed Feb 10 12:03:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@anna85 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "166543079537784267",
      "in_reply_to_status_id" : "166543079537784267",
      "in_reply_to_user_id" : "700025637",
      "in_reply_to_user_id_str" : "700025637",
      "in_reply_to_screen_name" : "anna85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Horváth Júlia",
            "screen_name" : "horvathj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700026092",
            "id" : "700026092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "17",
      "id_str" : "142205412167990593",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "142205412167990593",
      "created_at" : "Wed Feb 10 10:25:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@horvathj Great talk yesterday",
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
            "name" : "Emre Yılyurt",
            "screen_name" : "emre.photo",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700125520",
            "id" : "700125520"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "13",
      "id_str" : "466109703602377831",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "466109703602377831",
      "created_at" : "Sun Feb 07 10:09:41 +0000 2016",
      "favorited" : false,
      "full_text" : "@emre.photo Are you coming on Saturday?",
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
            "name" : "Elsa Dalås",
            "screen_name" : "elsa88",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700161192",
            "id" : "700161192"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "10",
      "id_str" : "824354306675968390",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "824354306675968390",
      "created_at" : "Sat Feb 06 13:07:55 +0000 2016",
      "favorited" : false,
      "full_text" : "@elsa88 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "6039534377735540",
      "in_reply_to_status_id" : "6039534377735540",
      "in_reply_to_user_id" : "700161192",
      "in_reply_to_user_id_str" : "700161192",
      "in_reply_to_screen_name" : "elsa88"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ليلى الزهراني 🌍",
            "screen_name" : "a2769",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700045167",
            "id" : "700045167"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "9",
      "id_str" : "148439632444899552",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "148439632444899552",
      "created_at" : "Fri Feb 05 15:54:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@a2769 ¿Qué tal todo?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "691000729024641118",
      "in_reply_to_status_id" : "691000729024641118",
      "in_reply_to_user_id" : "700045167",
      "in_reply_to_user_id_str" : "700045167",
      "in_reply_to_screen_name" : "a2769"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "12",
      "id_str" : "120057188874459022",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "120057188874459022",
      "created_at" : "Thu Feb 04 23:12:31 +0000 2016",
      "favorited" : false,
      "full_text" : "@fernandoibona I'll call you later",
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
            "name" : "Ελένη Ψαρίου",
            "screen_name" : "g9466",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700105318",
            "id" : "700105318"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "15",
      "id_str" : "111818792111054691",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "111818792111054691",
      "created_at" : "Tue Feb 02 06:39:51 +0000 2016",
      "favorited" : false,
      "full_text" : "@g9466 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "250335209283742151",
      "in_reply_to_status_id" : "250335209283742151",
      "in_reply_to_user_id" : "700105318",
      "in_reply_to_user_id_str" : "700105318",
      "in_reply_to_screen_name" : "g9466"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elsa Dalås",
            "screen_name" : "elsa88",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700161192",
            "id" : "700161192"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "17",
      "id_str" : "498073087040535159",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "498073087040535159",
      "created_at" : "Wed Jan 27 08:55:28 +0000 2016",
      "favorited" : false,
      "full_text" : "@elsa88 Interesting point, I agree",
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
            "name" : "ليلى الزهراني 🌍",
            "screen_name" : "a2769",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700045167",
            "id" : "700045167"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "19",
      "id_str" : "574161829434013711",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "574161829434013711",
      "created_at" : "Mon Jan 25 19:37:31 +0000 2016",
      "favorited" : false,
      "full_text" : "@a2769 Yes, works for me",
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
            "name" : "Kjetil Norrqvist",
            "screen_name" : "kjetil_nor89",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700133759",
            "id" : "700133759"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "18",
      "id_str" : "300649848784968420",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "300649848784968420",
      "created_at" : "Sun Jan 24 21:58:02 +0000 2016",
      "favorited" : false,
      "full_text" : "@kjetil_nor89 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "730823514495611530",
      "in_reply_to_status_id" : "730823514495611530",
      "in_reply_to_user_id" : "700133759",
      "in_reply_to_user_id_str" : "700133759",
      "in_reply_to_screen_name" : "kjetil_nor89"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ليلى الزهراني 🌍",
            "screen_name" : "a2769",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700045167",
            "id" : "700045167"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "10",
      "id_str" : "465114491614480512",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "465114491614480512",
      "created_at" : "Sun Jan 24 09:48:44 +0000 2016",
      "favorited" : false,
      "full_text" : "@a2769 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "445621126848658911",
      "in_reply_to_status_id" : "445621126848658911",
      "in_reply_to_user_id" : "700045167",
      "in_reply_to_user_id_str" : "700045167",
      "in_reply_to_screen_name" : "a2769"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Игорь Яковина",
            "screen_name" : "rus8012",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700032119",
            "id" : "700032119"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "9",
      "id_str" : "741970845370174284",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "741970845370174284",
      "created_at" : "Fri Jan 22 05:54:30 +0000 2016",
      "favorited" : false,
      "full_text" : "@rus8012 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "310574670849699704",
      "in_reply_to_status_id" : "310574670849699704",
      "in_reply_to_user_id" : "700032119",
      "in_reply_to_user_id_str" : "700032119",
      "in_reply_to_screen_name" : "rus8012"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ελένη Ψαρίου",
            "screen_name" : "g9466",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700105318",
            "id" : "700105318"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "13",
      "id_str" : "330467447162429334",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "330467447162429334",
      "created_at" : "Wed Jan 20 10:43:03 +0000 2016",
      "favorited" : false,
      "full_text" : "@g9466 Yes, works for me",
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
            "name" : "Horváth Júlia",
            "screen_name" : "horvathj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700026092",
            "id" : "700026092"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "12",
      "id_str" : "601655405001583704",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "601655405001583704",
      "created_at" : "Wed Jan 20 10:15:56 +0000 2016",
      "favorited" : false,
      "full_text" : "@horvathj Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "552044531125222899",
      "in_reply_to_status_id" : "552044531125222899",
      "in_reply_to_user_id" : "700026092",
      "in_reply_to_user_id_str" : "700026092",
      "in_reply_to_screen_name" : "horvathj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ragnhild Johansson",
            "screen_name" : "ragnhild_johansson",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700065586",
            "id" : "700065586"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "11",
      "id_str" : "193457352816726652",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "193457352816726652",
      "created_at" : "Sat Jan 16 17:16:24 +0000 2016",
      "favorited" : false,
      "full_text" : "@ragnhild_johansson Cảm ơn bạn nhiều",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1074941304381865928",
      "in_reply_to_status_id" : "1074941304381865928",
      "in_reply_to_user_id" : "700065586",
      "in_reply_to_user_id_str" : "700065586",
      "in_reply_to_screen_name" : "ragnhild_johansson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Manish Patel",
            "screen_name" : "manish.patel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700028850",
            "id" : "700028850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "16",
      "id_str" : "260341716242012272",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "260341716242012272",
      "created_at" : "Fri Jan 15 07:28:33 +0000 2016",
      "favorited" : false,
      "full_text" : "@manish.patel See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "833945463199204672",
      "in_reply_to_status_id" : "833945463199204672",
      "in_reply_to_user_id" : "700028850",
      "in_reply_to_user_id_str" : "700028850",
      "in_reply_to_screen_name" : "manish.patel"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "David Peña",
            "screen_name" : "david98",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700128607",
            "id" : "700128607"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "11",
      "id_str" : "469857037557516495",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "469857037557516495",
      "created_at" : "Tue Jan 12 08:31:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@david98 Thanks so much 🙏",
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
            "name" : "Francisco Sanero",
            "screen_name" : "sanerof",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700042843",
            "id" : "700042843"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "9",
      "id_str" : "255526220306329300",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "255526220306329300",
      "created_at" : "Mon Jan 11 07:53:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@sanerof Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "923213821466234981",
      "in_reply_to_status_id" : "923213821466234981",
      "in_reply_to_user_id" : "700042843",
      "in_reply_to_user_id_str" : "700042843",
      "in_reply_to_screen_name" : "sanerof"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Serkan Arslan",
            "screen_name" : "serkan75",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700061043",
            "id" : "700061043"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "15",
      "id_str" : "604858297974221259",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "604858297974221259",
      "created_at" : "Sun Jan 10 16:39:51 +0000 2016",
      "favorited" : false,
      "full_text" : "@serkan75 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "906286029302626557",
      "in_reply_to_status_id" : "906286029302626557",
      "in_reply_to_user_id" : "700061043",
      "in_reply_to_user_id_str" : "700061043",
      "in_reply_to_screen_name" : "serkan75"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lakshmi Das",
            "screen_name" : "dasl",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700037019",
            "id" : "700037019"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "9",
      "id_str" : "184082196371959829",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "184082196371959829",
      "created_at" : "Wed Jan 06 21:12:43 +0000 2016",
      "favorited" : false,
      "full_text" : "@dasl Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "190698719187240084",
      "in_reply_to_status_id" : "190698719187240084",
      "in_reply_to_user_id" : "700037019",
      "in_reply_to_user_id_str" : "700037019",
      "in_reply_to_screen_name" : "dasl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ottmar Ludwig",
            "screen_name" : "ottmar_ludwig",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700139177",
            "id" : "700139177"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "11",
      "id_str" : "326390028597803871",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "326390028597803871",
      "created_at" : "Fri Jan 01 04:40:00 +0000 2016",
      "favorited" : false,
      "full_text" : "@ottmar_ludwig Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "222674461717996590",
      "in_reply_to_status_id" : "222674461717996590",
      "in_reply_to_user_id" : "700139177",
      "in_reply_to_user_id_str" : "700139177",
      "in_reply_to_screen_name" : "ottmar_ludwig"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pierre Broussier",
            "screen_name" : "pbroussier62",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700133605",
            "id" : "700133605"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "15",
      "id_str" : "390721810229265658",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "390721810229265658",
      "created_at" : "Thu Dec 31 23:02:03 +0000 2015",
      "favorited" : false,
      "full_text" : "@pbroussier62 I'll call you later",
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
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "14",
      "id_str" : "144061579115260173",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "144061579115260173",
      "created_at" : "Mon Dec 28 09:58:27 +0000 2015",
      "favorited" : false,
      "full_text" : "@labssacm Hi! How are you?",
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
            "name" : "Gaël Rousseau",
            "screen_name" : "grousseau69",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700061400",
            "id" : "700061400"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "15",
      "id_str" : "191441477410202137",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "191441477410202137",
      "created_at" : "Sat Dec 26 18:21:57 +0000 2015",
      "favorited" : false,
      "full_text" : "@grousseau69 I'll call you later",
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
            "name" : "Ottmar Ludwig",
            "screen_name" : "ottmar_ludwig",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700139177",
            "id" : "700139177"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "16",
      "id_str" : "39752478450864242",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "39752478450864242",
      "created_at" : "Fri Dec 25 21:44:53 +0000 2015",
      "favorited" : false,
      "full_text" : "@ottmar_ludwig Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "436061887572327626",
      "in_reply_to_status_id" : "436061887572327626",
      "in_reply_to_user_id" : "700139177",
      "in_reply_to_user_id_str" : "700139177",
      "in_reply_to_screen_name" : "ottmar_ludwig"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ليلى الزهراني 🌍",
            "screen_name" : "a2769",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700045167",
            "id" : "700045167"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "6",
      "id_str" : "96739258772249495",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "96739258772249495",
      "created_at" : "Tue Dec 22 23:10:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@a2769 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "313767606236113382",
      "in_reply_to_status_id" : "313767606236113382",
      "in_reply_to_user_id" : "700045167",
      "in_reply_to_user_id_str" : "700045167",
      "in_reply_to_screen_name" : "a2769"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jacob Thornfield",
            "screen_name" : "jacob.cooks",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700158049",
            "id" : "700158049"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "16",
      "id_str" : "792525915921667955",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "792525915921667955",
      "created_at" : "Mon Dec 21 10:59:37 +0000 2015",
      "favorited" : false,
      "full_text" : "@jacob.cooks Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "744834032817833095",
      "in_reply_to_status_id" : "744834032817833095",
      "in_reply_to_user_id" : "700158049",
      "in_reply_to_user_id_str" : "700158049",
      "in_reply_to_screen_name" : "jacob.cooks"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lakshmi Das",
            "screen_name" : "dasl",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700037019",
            "id" : "700037019"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "13",
      "id_str" : "726558317179245992",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "726558317179245992",
      "created_at" : "Sun Dec 20 16:28:05 +0000 2015",
      "favorited" : false,
      "full_text" : "@dasl See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1075312124846214048",
      "in_reply_to_status_id" : "1075312124846214048",
      "in_reply_to_user_id" : "700037019",
      "in_reply_to_user_id_str" : "700037019",
      "in_reply_to_screen_name" : "dasl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Anke Hochbauer",
            "screen_name" : "anke.hochbauer",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700079040",
            "id" : "700079040"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "11",
      "id_str" : "888806648020534177",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "888806648020534177",
      "created_at" : "Sun Dec 20 10:24:18 +0000 2015",
      "favorited" : false,
      "full_text" : "@anke.hochbauer Gracias, igualmente",
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
            "name" : "ليلى الزهراني 🌍",
            "screen_name" : "a2769",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700045167",
            "id" : "700045167"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "11",
      "id_str" : "702800506047336186",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "702800506047336186",
      "created_at" : "Fri Dec 18 01:06:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@a2769 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "963618697882680981",
      "in_reply_to_status_id" : "963618697882680981",
      "in_reply_to_user_id" : "700045167",
      "in_reply_to_user_id_str" : "700045167",
      "in_reply_to_screen_name" : "a2769"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Anke Hochbauer",
            "screen_name" : "anke.hochbauer",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700079040",
            "id" : "700079040"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "12",
      "id_str" : "229176896423158192",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "229176896423158192",
      "created_at" : "Mon Dec 14 20:09:42 +0000 2015",
      "favorited" : false,
      "full_text" : "@anke.hochbauer Here is the link",
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
            "name" : "Manish Patel",
            "screen_name" : "manish.patel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700028850",
            "id" : "700028850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "12",
      "id_str" : "443411886809167993",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "443411886809167993",
      "created_at" : "Wed Dec 09 16:22:21 +0000 2015",
      "favorited" : false,
      "full_text" : "@manish.patel I'll call you later",
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
            "name" : "Camille Villelin",
            "screen_name" : "camille.villelin",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700086474",
            "id" : "700086474"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "8",
      "id_str" : "804313083857391546",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "804313083857391546",
      "created_at" : "Tue Dec 08 04:18:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@camille.villelin Let's catch up soon",
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
            "name" : "Francisco Sanero",
            "screen_name" : "sanerof",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700042843",
            "id" : "700042843"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "9",
      "id_str" : "701248317159579373",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "701248317159579373",
      "created_at" : "Mon Dec 07 17:49:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@sanerof Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "262658720076413954",
      "in_reply_to_status_id" : "262658720076413954",
      "in_reply_to_user_id" : "700042843",
      "in_reply_to_user_id_str" : "700042843",
      "in_reply_to_screen_name" : "sanerof"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Wolfgang Schäfer",
            "screen_name" : "schaferw",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700137168",
            "id" : "700137168"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "10",
      "id_str" : "357020556310056093",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "357020556310056093",
      "created_at" : "Sun Dec 06 11:37:36 +0000 2015",
      "favorited" : false,
      "full_text" : "@schaferw Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "955876862807077202",
      "in_reply_to_status_id" : "955876862807077202",
      "in_reply_to_user_id" : "700137168",
      "in_reply_to_user_id_str" : "700137168",
      "in_reply_to_screen_name" : "schaferw"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Käthe Lohmann",
            "screen_name" : "klohmann12",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700156873",
            "id" : "700156873"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "9",
      "id_str" : "581770189652936345",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "581770189652936345",
      "created_at" : "Fri Dec 04 15:56:43 +0000 2015",
      "favorited" : false,
      "full_text" : "@klohmann12 Let's catch up soon",
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
            "name" : "Ragnhild Johansson",
            "screen_name" : "ragnhild_johansson",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700065586",
            "id" : "700065586"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "7",
      "id_str" : "169146076450607205",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "169146076450607205",
      "created_at" : "Fri Dec 04 00:50:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@ragnhild_johansson Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "365234701666003239",
      "in_reply_to_status_id" : "365234701666003239",
      "in_reply_to_user_id" : "700065586",
      "in_reply_to_user_id_str" : "700065586",
      "in_reply_to_screen_name" : "ragnhild_johansson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rejtő Zsófia",
            "screen_name" : "zsofiarejto",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700097023",
            "id" : "700097023"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "11",
      "id_str" : "650575373623023425",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "650575373623023425",
      "created_at" : "Thu Dec 03 10:54:09 +0000 2015",
      "favorited" : false,
      "full_text" : "@zsofiarejto Hi! How are you?",
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
            "name" : "Ragnhild Johansson",
            "screen_name" : "ragnhild_johansson",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700065586",
            "id" : "700065586"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "15",
      "id_str" : "511991930816145397",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "511991930816145397",
      "created_at" : "Thu Dec 03 10:00:25 +0000 2015",
      "favorited" : false,
      "full_text" : "@ragnhild_johansson Great talk yesterday",
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
            "name" : "Käthe Lohmann",
            "screen_name" : "klohmann12",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700156873",
            "id" : "700156873"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "11",
      "id_str" : "137173491172380591",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "137173491172380591",
      "created_at" : "Sat Nov 28 02:50:42 +0000 2015",
      "favorited" : false,
      "full_text" : "@klohmann12 Welcome to the team!",
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
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "7",
      "id_str" : "707358507330891873",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "707358507330891873",
      "created_at" : "Thu Nov 26 23:41:42 +0000 2015",
      "favorited" : false,
      "full_text" : "@labssacm Welcome to the team!",
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
            "name" : "Molly Robinson",
            "screen_name" : "molly.robinson",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700026575",
            "id" : "700026575"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "8",
      "id_str" : "1128538819981686660",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1128538819981686660",
      "created_at" : "Wed Nov 25 01:24:22 +0000 2015",
      "favorited" : false,
      "full_text" : "@molly.robinson Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "4411031713219453",
      "in_reply_to_status_id" : "4411031713219453",
      "in_reply_to_user_id" : "700026575",
      "in_reply_to_user_id_str" : "700026575",
      "in_reply_to_screen_name" : "molly.robinson"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lucía Vázquez",
            "screen_name" : "vazquezl",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700025462",
            "id" : "700025462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "2",
      "id_str" : "548561410613791306",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "548561410613791306",
      "created_at" : "Mon Nov 23 06:13:55 +0000 2015",
      "favorited" : false,
      "full_text" : "@vazquezl Can you send me the slides?",
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
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "12",
      "id_str" : "29583800082488625",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "29583800082488625",
      "created_at" : "Sat Nov 21 22:51:41 +0000 2015",
      "favorited" : false,
      "full_text" : "@labssacm Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "178830010271996430",
      "in_reply_to_status_id" : "178830010271996430",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Anders Løye",
            "screen_name" : "andersloye",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700120991",
            "id" : "700120991"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "9",
      "id_str" : "813784119235182600",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "813784119235182600",
      "created_at" : "Fri Nov 13 15:15:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@andersloye OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "296944792185358350",
      "in_reply_to_status_id" : "296944792185358350",
      "in_reply_to_user_id" : "700120991",
      "in_reply_to_user_id_str" : "700120991",
      "in_reply_to_screen_name" : "andersloye"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "宮村裕衣",
            "screen_name" : "jap20044",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700132317",
            "id" : "700132317"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "10",
      "id_str" : "1076425723949513317",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1076425723949513317",
      "created_at" : "Tue Nov 10 20:05:55 +0000 2015",
      "favorited" : false,
      "full_text" : "@jap20044 Merci beaucoup !",
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
            "name" : "Wolfgang Schäfer",
            "screen_name" : "schaferw",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700137168",
            "id" : "700137168"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "13",
      "id_str" : "76093714132177409",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "76093714132177409",
      "created_at" : "Fri Nov 06 12:41:27 +0000 2015",
      "favorited" : false,
      "full_text" : "@schaferw See you tomorrow",
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
            "name" : "Käthe Lohmann",
            "screen_name" : "klohmann12",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700156873",
            "id" : "700156873"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "6",
      "id_str" : "758514456812171540",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "758514456812171540",
      "created_at" : "Thu Nov 05 13:41:03 +0000 2015",
      "favorited" : false,
      "full_text" : "@klohmann12 Obrigado, até já",
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
            "name" : "Gaël Rousseau",
            "screen_name" : "grousseau69",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700061400",
            "id" : "700061400"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "9",
      "id_str" : "170429348159772753",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "170429348159772753",
      "created_at" : "Thu Nov 05 01:01:41 +0000 2015",
      "favorited" : false,
      "full_text" : "@grousseau69 Miss you guys ❤️",
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
            "name" : "Rejtő Zsófia",
            "screen_name" : "zsofiarejto",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700097023",
            "id" : "700097023"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "4",
      "id_str" : "633815223560213689",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "633815223560213689",
      "created_at" : "Mon Nov 02 14:00:43 +0000 2015",
      "favorited" : false,
      "full_text" : "@zsofiarejto See you tomorrow",
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
            "name" : "Mehmet Uzoğlu",
            "screen_name" : "mehmet_uzoglu",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700078291",
            "id" : "700078291"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "10",
      "id_str" : "499169683422307236",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "499169683422307236",
      "created_at" : "Sat Oct 31 01:49:26 +0000 2015",
      "favorited" : false,
      "full_text" : "@mehmet_uzoglu Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1076489448515469512",
      "in_reply_to_status_id" : "1076489448515469512",
      "in_reply_to_user_id" : "700078291",
      "in_reply_to_user_id_str" : "700078291",
      "in_reply_to_screen_name" : "mehmet_uzoglu"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rejtő Zsófia",
            "screen_name" : "zsofiarejto",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700097023",
            "id" : "700097023"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "17",
      "id_str" : "172023704045371966",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "172023704045371966",
      "created_at" : "Tue Oct 27 01:29:32 +0000 2015",
      "favorited" : false,
      "full_text" : "@zsofiarejto Haha yes 😂",
      "lang" : "en",
      "in_reply_to_status_id_str" : "549277061551538835",
      "in_reply_to_status_id" : "549277061551538835",
      "in_reply_to_user_id" : "700097023",
      "in_reply_to_user_id_str" : "700097023",
      "in_reply_to_screen_name" : "zsofiarejto"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "岡田真海",
            "screen_name" : "jap_267",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700013863",
            "id" : "700013863"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "14",
      "id_str" : "1150082692753989496",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1150082692753989496",
      "created_at" : "Wed Oct 21 21:59:41 +0000 2015",
      "favorited" : false,
      "full_text" : "@jap_267 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "406069889580665982",
      "in_reply_to_status_id" : "406069889580665982",
      "in_reply_to_user_id" : "700013863",
      "in_reply_to_user_id_str" : "700013863",
      "in_reply_to_screen_name" : "jap_267"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Käthe Lohmann",
            "screen_name" : "klohmann12",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700156873",
            "id" : "700156873"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "11",
      "id_str" : "80404490151644368",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "80404490151644368",
      "created_at" : "Sat Oct 17 05:38:56 +0000 2015",
      "favorited" : false,
      "full_text" : "@klohmann12 Merci beaucoup !",
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
            "name" : "William Redwick",
            "screen_name" : "wredwick86",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700149250",
            "id" : "700149250"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "10",
      "id_str" : "219841330795005722",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "219841330795005722",
      "created_at" : "Wed Oct 07 03:26:31 +0000 2015",
      "favorited" : false,
      "full_text" : "@wredwick86 Long time no see!",
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
            "name" : "朱子涛",
            "screen_name" : "chi_237",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700015543",
            "id" : "700015543"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "10",
      "id_str" : "328661858771304896",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "328661858771304896",
      "created_at" : "Mon Oct 05 03:23:35 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi_237 Yes, works for me",
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
            "name" : "Käthe Lohmann",
            "screen_name" : "klohmann12",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700156873",
            "id" : "700156873"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "14",
      "id_str" : "831107712274607534",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "831107712274607534",
      "created_at" : "Thu Oct 01 10:14:40 +0000 2015",
      "favorited" : false,
      "full_text" : "@klohmann12 Yes, works for me",
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
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "13",
      "id_str" : "622605771433748033",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "622605771433748033",
      "created_at" : "Thu Oct 01 08:21:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@labssacm Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "105791767476477207",
      "in_reply_to_status_id" : "105791767476477207",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Wolfgang Schäfer",
            "screen_name" : "schaferw",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700137168",
            "id" : "700137168"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "6",
      "id_str" : "74378747731596562",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "74378747731596562",
      "created_at" : "Thu Sep 24 23:11:53 +0000 2015",
      "favorited" : false,
      "full_text" : "@schaferw I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "77646738565575372",
      "in_reply_to_status_id" : "77646738565575372",
      "in_reply_to_user_id" : "700137168",
      "in_reply_to_user_id_str" : "700137168",
      "in_reply_to_screen_name" : "schaferw"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Käthe Lohmann",
            "screen_name" : "klohmann12",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700156873",
            "id" : "700156873"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "12",
      "id_str" : "1098838547952100862",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1098838547952100862",
      "created_at" : "Wed Sep 23 11:01:42 +0000 2015",
      "favorited" : false,
      "full_text" : "@klohmann12 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "139259760381858626",
      "in_reply_to_status_id" : "139259760381858626",
      "in_reply_to_user_id" : "700156873",
      "in_reply_to_user_id_str" : "700156873",
      "in_reply_to_screen_name" : "klohmann12"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "宮村裕衣",
            "screen_name" : "jap20044",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700132317",
            "id" : "700132317"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "11",
      "id_str" : "577364280903211035",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "577364280903211035",
      "created_at" : "Fri Sep 18 11:10:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@jap20044 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "824962504582354703",
      "in_reply_to_status_id" : "824962504582354703",
      "in_reply_to_user_id" : "700132317",
      "in_reply_to_user_id_str" : "700132317",
      "in_reply_to_screen_name" : "jap20044"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "George White",
            "screen_name" : "george.white",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700132023",
            "id" : "700132023"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "9",
      "id_str" : "393887151417933404",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "393887151417933404",
      "created_at" : "Wed Sep 09 20:06:41 +0000 2015",
      "favorited" : false,
      "full_text" : "@george.white Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "714703225232901373",
      "in_reply_to_status_id" : "714703225232901373",
      "in_reply_to_user_id" : "700132023",
      "in_reply_to_user_id_str" : "700132023",
      "in_reply_to_screen_name" : "george.white"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "10",
      "id_str" : "155728239065333924",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "155728239065333924",
      "created_at" : "Fri Sep 04 05:55:03 +0000 2015",
      "favorited" : false,
      "full_text" : "@labssacm OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "753614469446581085",
      "in_reply_to_status_id" : "753614469446581085",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gaël Rousseau",
            "screen_name" : "grousseau69",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700061400",
            "id" : "700061400"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "10",
      "id_str" : "796388387593881076",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "796388387593881076",
      "created_at" : "Fri Aug 28 22:16:37 +0000 2015",
      "favorited" : false,
      "full_text" : "@grousseau69 Danke dir, bis später",
      "lang" : "en",
      "in_reply_to_status_id_str" : "403035076431508990",
      "in_reply_to_status_id" : "403035076431508990",
      "in_reply_to_user_id" : "700061400",
      "in_reply_to_user_id_str" : "700061400",
      "in_reply_to_screen_name" : "grousseau69"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Camille Villelin",
            "screen_name" : "camille.villelin",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700086474",
            "id" : "700086474"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "4",
      "id_str" : "906395817770328020",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "906395817770328020",
      "created_at" : "Wed Aug 26 16:38:53 +0000 2015",
      "favorited" : false,
      "full_text" : "@camille.villelin See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "88158119705188453",
      "in_reply_to_status_id" : "88158119705188453",
      "in_reply_to_user_id" : "700086474",
      "in_reply_to_user_id_str" : "700086474",
      "in_reply_to_screen_name" : "camille.villelin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "宮田直咲",
            "screen_name" : "751j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700044803",
            "id" : "700044803"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "15",
      "id_str" : "82992604211537137",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "82992604211537137",
      "created_at" : "Mon Aug 24 21:35:14 +0000 2015",
      "favorited" : false,
      "full_text" : "@751j Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "845012775228239681",
      "in_reply_to_status_id" : "845012775228239681",
      "in_reply_to_user_id" : "700044803",
      "in_reply_to_user_id_str" : "700044803",
      "in_reply_to_screen_name" : "751j"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Swati Joshi",
            "screen_name" : "swati_joshi",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700134291",
            "id" : "700134291"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "7",
      "id_str" : "1126874800670519012",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1126874800670519012",
      "created_at" : "Wed Aug 19 20:27:21 +0000 2015",
      "favorited" : false,
      "full_text" : "@swati_joshi Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "359702489989425340",
      "in_reply_to_status_id" : "359702489989425340",
      "in_reply_to_user_id" : "700134291",
      "in_reply_to_user_id_str" : "700134291",
      "in_reply_to_screen_name" : "swati_joshi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Swati Joshi",
            "screen_name" : "swati_joshi",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700134291",
            "id" : "700134291"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "9",
      "id_str" : "584413107757981777",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "584413107757981777",
      "created_at" : "Tue Aug 18 04:10:20 +0000 2015",
      "favorited" : false,
      "full_text" : "@swati_joshi OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "283839432436233643",
      "in_reply_to_status_id" : "283839432436233643",
      "in_reply_to_user_id" : "700134291",
      "in_reply_to_user_id_str" : "700134291",
      "in_reply_to_screen_name" : "swati_joshi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Swati Joshi",
            "screen_name" : "swati_joshi",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700134291",
            "id" : "700134291"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "8",
      "id_str" : "732251679324138886",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "732251679324138886",
      "created_at" : "Tue Aug 18 00:10:52 +0000 2015",
      "favorited" : false,
      "full_text" : "@swati_joshi Here is the link",
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
            "name" : "Anders Løye",
            "screen_name" : "andersloye",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700120991",
            "id" : "700120991"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "4",
      "id_str" : "206375048011802629",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "206375048011802629",
      "created_at" : "Wed Aug 12 19:51:08 +0000 2015",
      "favorited" : false,
      "full_text" : "@andersloye Thanks so much 🙏",
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
            "name" : "Brandon Hatherley",
            "screen_name" : "hatherleyb",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700133108",
            "id" : "700133108"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "14",
      "id_str" : "141552188173746880",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "141552188173746880",
      "created_at" : "Wed Aug 12 18:57:47 +0000 2015",
      "favorited" : false,
      "full_text" : "@hatherleyb Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "23609494547862346",
      "in_reply_to_status_id" : "23609494547862346",
      "in_reply_to_user_id" : "700133108",
      "in_reply_to_user_id_str" : "700133108",
      "in_reply_to_screen_name" : "hatherleyb"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gaël Rousseau",
            "screen_name" : "grousseau69",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700061400",
            "id" : "700061400"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "6",
      "id_str" : "591150716668416505",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "591150716668416505",
      "created_at" : "Tue Aug 11 14:43:49 +0000 2015",
      "favorited" : false,
      "full_text" : "@grousseau69 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "437005107484052287",
      "in_reply_to_status_id" : "437005107484052287",
      "in_reply_to_user_id" : "700061400",
      "in_reply_to_user_id_str" : "700061400",
      "in_reply_to_screen_name" : "grousseau69"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gaël Rousseau",
            "screen_name" : "grousseau69",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700061400",
            "id" : "700061400"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "12",
      "id_str" : "1085348358349954658",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1085348358349954658",
      "created_at" : "Tue Aug 11 00:08:47 +0000 2015",
      "favorited" : false,
      "full_text" : "@grousseau69 Long time no see!",
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
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "9",
      "id_str" : "837574764532036414",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "837574764532036414",
      "created_at" : "Sun Aug 09 20:12:06 +0000 2015",
      "favorited" : false,
      "full_text" : "@labssacm Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "846207794213030175",
      "in_reply_to_status_id" : "846207794213030175",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hugo Sørensen",
            "screen_name" : "hugo_sor79",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700151525",
            "id" : "700151525"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "12",
      "id_str" : "363308224602531829",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "363308224602531829",
      "created_at" : "Sat Aug 08 08:56:07 +0000 2015",
      "favorited" : false,
      "full_text" : "@hugo_sor79 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "656714642475553122",
      "in_reply_to_status_id" : "656714642475553122",
      "in_reply_to_user_id" : "700151525",
      "in_reply_to_user_id_str" : "700151525",
      "in_reply_to_screen_name" : "hugo_sor79"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susanne Lehmann",
            "screen_name" : "susanne71",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700004392",
            "id" : "700004392"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "8",
      "id_str" : "521221280522651009",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "521221280522651009",
      "created_at" : "Tue Aug 04 03:57:54 +0000 2015",
      "favorited" : false,
      "full_text" : "@susanne71 OK",
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
            "name" : "Ralf Walter",
            "screen_name" : "rwalter28",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700035150",
            "id" : "700035150"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "12",
      "id_str" : "314860241601799087",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "314860241601799087",
      "created_at" : "Fri Jul 31 09:49:09 +0000 2015",
      "favorited" : false,
      "full_text" : "@rwalter28 I'll call you later",
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
            "name" : "宮村裕衣",
            "screen_name" : "jap20044",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700132317",
            "id" : "700132317"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "9",
      "id_str" : "884465474119391004",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "884465474119391004",
      "created_at" : "Tue Jul 28 20:51:43 +0000 2015",
      "favorited" : false,
      "full_text" : "@jap20044 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "134936262051060991",
      "in_reply_to_status_id" : "134936262051060991",
      "in_reply_to_user_id" : "700132317",
      "in_reply_to_user_id_str" : "700132317",
      "in_reply_to_screen_name" : "jap20044"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lucía Vázquez",
            "screen_name" : "vazquezl",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700025462",
            "id" : "700025462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "10",
      "id_str" : "1137384720584380040",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1137384720584380040",
      "created_at" : "Mon Jul 27 19:22:47 +0000 2015",
      "favorited" : false,
      "full_text" : "@vazquezl Can you send me the slides?",
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
            "name" : "Camille Villelin",
            "screen_name" : "camille.villelin",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700086474",
            "id" : "700086474"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "9",
      "id_str" : "1104803858517599229",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1104803858517599229",
      "created_at" : "Sun Jul 26 09:45:10 +0000 2015",
      "favorited" : false,
      "full_text" : "@camille.villelin Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "39486932188191369",
      "in_reply_to_status_id" : "39486932188191369",
      "in_reply_to_user_id" : "700086474",
      "in_reply_to_user_id_str" : "700086474",
      "in_reply_to_screen_name" : "camille.villelin"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Wolfgang Schäfer",
            "screen_name" : "schaferw",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700137168",
            "id" : "700137168"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "9",
      "id_str" : "1099126574706461125",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1099126574706461125",
      "created_at" : "Sat Jul 25 05:18:48 +0000 2015",
      "favorited" : false,
      "full_text" : "@schaferw Can you send me the slides?",
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
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "7",
      "id_str" : "772288781772399836",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "772288781772399836",
      "created_at" : "Fri Jul 24 05:52:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@labssacm Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "791884098786338746",
      "in_reply_to_status_id" : "791884098786338746",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jen Brambury 🇺🇦",
            "screen_name" : "jen_bra64",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700039217",
            "id" : "700039217"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "9",
      "id_str" : "70783831007820250",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "70783831007820250",
      "created_at" : "Thu Jul 23 06:27:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@jen_bra64 Dziękuję, do zobaczenia",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1071097550325837775",
      "in_reply_to_status_id" : "1071097550325837775",
      "in_reply_to_user_id" : "700039217",
      "in_reply_to_user_id_str" : "700039217",
      "in_reply_to_screen_name" : "jen_bra64"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "George White",
            "screen_name" : "george.white",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700132023",
            "id" : "700132023"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "11",
      "id_str" : "1104737799152180550",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1104737799152180550",
      "created_at" : "Wed Jul 22 10:57:21 +0000 2015",
      "favorited" : false,
      "full_text" : "@george.white OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "190125651728850317",
      "in_reply_to_status_id" : "190125651728850317",
      "in_reply_to_user_id" : "700132023",
      "in_reply_to_user_id_str" : "700132023",
      "in_reply_to_screen_name" : "george.white"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nandini Patel",
            "screen_name" : "nandinipatel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700041429",
            "id" : "700041429"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "11",
      "id_str" : "696958238363111310",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "696958238363111310",
      "created_at" : "Wed Jul 22 03:53:44 +0000 2015",
      "favorited" : false,
      "full_text" : "@nandinipatel Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "917725969410902818",
      "in_reply_to_status_id" : "917725969410902818",
      "in_reply_to_user_id" : "700041429",
      "in_reply_to_user_id_str" : "700041429",
      "in_reply_to_screen_name" : "nandinipatel"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gaël Rousseau",
            "screen_name" : "grousseau69",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700061400",
            "id" : "700061400"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "10",
      "id_str" : "615474499515923895",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "615474499515923895",
      "created_at" : "Thu Jul 16 10:01:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@grousseau69 See you tomorrow",
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
            "name" : "Camille Villelin",
            "screen_name" : "camille.villelin",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700086474",
            "id" : "700086474"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "11",
      "id_str" : "334923441488760865",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "334923441488760865",
      "created_at" : "Thu Jul 16 08:30:48 +0000 2015",
      "favorited" : false,
      "full_text" : "@camille.villelin Merci beaucoup !",
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
            "name" : "Camille Villelin",
            "screen_name" : "camille.villelin",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700086474",
            "id" : "700086474"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "11",
      "id_str" : "1041672509598243777",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1041672509598243777",
      "created_at" : "Thu Jul 16 05:52:07 +0000 2015",
      "favorited" : false,
      "full_text" : "@camille.villelin Can you send me the slides?",
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
            "name" : "حسن البكري",
            "screen_name" : "ara12379",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700114061",
            "id" : "700114061"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "10",
      "id_str" : "582875486397133795",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "582875486397133795",
      "created_at" : "Wed Jul 15 19:50:38 +0000 2015",
      "favorited" : false,
      "full_text" : "@ara12379 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "20704521467601063",
      "in_reply_to_status_id" : "20704521467601063",
      "in_reply_to_user_id" : "700114061",
      "in_reply_to_user_id_str" : "700114061",
      "in_reply_to_screen_name" : "ara12379"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "宮田直咲",
            "screen_name" : "751j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700044803",
            "id" : "700044803"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "8",
      "id_str" : "234100353601001313",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "234100353601001313",
      "created_at" : "Sun Jul 12 01:27:01 +0000 2015",
      "favorited" : false,
      "full_text" : "@751j Here is the link",
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
            "name" : "نور زيات",
            "screen_name" : "ara_90131",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700014787",
            "id" : "700014787"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "18",
      "id_str" : "1079836100952075787",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1079836100952075787",
      "created_at" : "Thu Jul 02 19:48:55 +0000 2015",
      "favorited" : false,
      "full_text" : "@ara_90131 Merci beaucoup !",
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
            "name" : "George White",
            "screen_name" : "george.white",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700132023",
            "id" : "700132023"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "7",
      "id_str" : "602991969411618946",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "602991969411618946",
      "created_at" : "Wed Jul 01 14:56:45 +0000 2015",
      "favorited" : false,
      "full_text" : "@george.white Congrats on the new job! 🎉",
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
            "name" : "James Goodfield",
            "screen_name" : "james.goodfield",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700003412",
            "id" : "700003412"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "8",
      "id_str" : "46587691585588163",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "46587691585588163",
      "created_at" : "Tue Jun 23 11:56:27 +0000 2015",
      "favorited" : false,
      "full_text" : "@james.goodfield Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "694045638034275156",
      "in_reply_to_status_id" : "694045638034275156",
      "in_reply_to_user_id" : "700003412",
      "in_reply_to_user_id_str" : "700003412",
      "in_reply_to_screen_name" : "james.goodfield"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "James Goodfield",
            "screen_name" : "james.goodfield",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700003412",
            "id" : "700003412"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "7",
      "id_str" : "818495864526861620",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "818495864526861620",
      "created_at" : "Mon Jun 22 17:18:54 +0000 2015",
      "favorited" : false,
      "full_text" : "@james.goodfield Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "675303431943340034",
      "in_reply_to_status_id" : "675303431943340034",
      "in_reply_to_user_id" : "700003412",
      "in_reply_to_user_id_str" : "700003412",
      "in_reply_to_screen_name" : "james.goodfield"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Brandon Hatherley",
            "screen_name" : "hatherleyb",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700133108",
            "id" : "700133108"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "4",
      "id_str" : "210651126384497961",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "210651126384497961",
      "created_at" : "Mon Jun 15 22:50:16 +0000 2015",
      "favorited" : false,
      "full_text" : "@hatherleyb Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "41441826190011713",
      "in_reply_to_status_id" : "41441826190011713",
      "in_reply_to_user_id" : "700133108",
      "in_reply_to_user_id_str" : "700133108",
      "in_reply_to_screen_name" : "hatherleyb"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "James Goodfield",
            "screen_name" : "james.goodfield",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700003412",
            "id" : "700003412"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "5",
      "id_str" : "978590499349506679",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "978590499349506679",
      "created_at" : "Sat Jun 13 18:52:40 +0000 2015",
      "favorited" : false,
      "full_text" : "@james.goodfield I'll call you later",
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
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "10",
      "id_str" : "389217843482672165",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "389217843482672165",
      "created_at" : "Sat Jun 13 17:05:06 +0000 2015",
      "favorited" : false,
      "full_text" : "@fernandoibona Haha yes 😂",
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
            "name" : "Hugo Sørensen",
            "screen_name" : "hugo_sor79",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700151525",
            "id" : "700151525"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "6",
      "id_str" : "587953727562066806",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "587953727562066806",
      "created_at" : "Fri Jun 05 06:25:38 +0000 2015",
      "favorited" : false,
      "full_text" : "@hugo_sor79 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "539648822892313879",
      "in_reply_to_status_id" : "539648822892313879",
      "in_reply_to_user_id" : "700151525",
      "in_reply_to_user_id_str" : "700151525",
      "in_reply_to_screen_name" : "hugo_sor79"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "宮田直咲",
            "screen_name" : "751j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700044803",
            "id" : "700044803"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "10",
      "id_str" : "851729075552265787",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "851729075552265787",
      "created_at" : "Thu Jun 04 16:31:53 +0000 2015",
      "favorited" : false,
      "full_text" : "@751j Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "315004777172108118",
      "in_reply_to_status_id" : "315004777172108118",
      "in_reply_to_user_id" : "700044803",
      "in_reply_to_user_id_str" : "700044803",
      "in_reply_to_screen_name" : "751j"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Benjamin Ellis",
            "screen_name" : "bellis63",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700013730",
            "id" : "700013730"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "9",
      "id_str" : "1062706826879461503",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1062706826879461503",
      "created_at" : "Tue Jun 02 14:19:25 +0000 2015",
      "favorited" : false,
      "full_text" : "@bellis63 See you tomorrow",
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
            "name" : "Benjamin Ellis",
            "screen_name" : "bellis63",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700013730",
            "id" : "700013730"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "7",
      "id_str" : "814591951929210887",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "814591951929210887",
      "created_at" : "Mon Jun 01 22:05:17 +0000 2015",
      "favorited" : false,
      "full_text" : "@bellis63 Let's catch up soon",
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
            "name" : "Nandini Patel",
            "screen_name" : "nandinipatel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700041429",
            "id" : "700041429"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "7",
      "id_str" : "367590247364700334",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "367590247364700334",
      "created_at" : "Sat May 30 08:45:25 +0000 2015",
      "favorited" : false,
      "full_text" : "@nandinipatel I'll call you later",
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
            "name" : "Brandon Hatherley",
            "screen_name" : "hatherleyb",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700133108",
            "id" : "700133108"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "5",
      "id_str" : "820929707082495729",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "820929707082495729",
      "created_at" : "Fri May 29 23:17:24 +0000 2015",
      "favorited" : false,
      "full_text" : "@hatherleyb Long time no see!",
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
            "name" : "Ralf Walter",
            "screen_name" : "rwalter28",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700035150",
            "id" : "700035150"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "12",
      "id_str" : "547671648049168758",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "547671648049168758",
      "created_at" : "Tue May 26 18:06:09 +0000 2015",
      "favorited" : false,
      "full_text" : "@rwalter28 Great talk yesterday",
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
            "name" : "حسن البكري",
            "screen_name" : "ara12379",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700114061",
            "id" : "700114061"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "8",
      "id_str" : "392242046363653025",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "392242046363653025",
      "created_at" : "Fri May 22 17:59:31 +0000 2015",
      "favorited" : false,
      "full_text" : "@ara12379 Yes, works for me",
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
            "name" : "George White",
            "screen_name" : "george.white",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700132023",
            "id" : "700132023"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "7",
      "id_str" : "285627247256130112",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "285627247256130112",
      "created_at" : "Tue May 12 08:23:49 +0000 2015",
      "favorited" : false,
      "full_text" : "@george.white Köszönöm szépen!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "897767664736276554",
      "in_reply_to_status_id" : "897767664736276554",
      "in_reply_to_user_id" : "700132023",
      "in_reply_to_user_id_str" : "700132023",
      "in_reply_to_screen_name" : "george.white"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "宮田直咲",
            "screen_name" : "751j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700044803",
            "id" : "700044803"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "8",
      "id_str" : "970817631811234727",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "970817631811234727",
      "created_at" : "Mon May 11 09:41:44 +0000 2015",
      "favorited" : false,
      "full_text" : "@751j I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "700148112063535480",
      "in_reply_to_status_id" : "700148112063535480",
      "in_reply_to_user_id" : "700044803",
      "in_reply_to_user_id_str" : "700044803",
      "in_reply_to_screen_name" : "751j"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susanne Lehmann",
            "screen_name" : "susanne71",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700004392",
            "id" : "700004392"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "7",
      "id_str" : "12213277438454907",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "12213277438454907",
      "created_at" : "Wed May 06 08:27:47 +0000 2015",
      "favorited" : false,
      "full_text" : "@susanne71 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "266719871983960161",
      "in_reply_to_status_id" : "266719871983960161",
      "in_reply_to_user_id" : "700004392",
      "in_reply_to_user_id_str" : "700004392",
      "in_reply_to_screen_name" : "susanne71"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Abigail Mills",
            "screen_name" : "abigail_mills",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700110974",
            "id" : "700110974"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "8",
      "id_str" : "1011712940925930958",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1011712940925930958",
      "created_at" : "Thu Apr 30 05:16:09 +0000 2015",
      "favorited" : false,
      "full_text" : "@abigail_mills Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "336030624233138089",
      "in_reply_to_status_id" : "336030624233138089",
      "in_reply_to_user_id" : "700110974",
      "in_reply_to_user_id_str" : "700110974",
      "in_reply_to_screen_name" : "abigail_mills"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "James Goodfield",
            "screen_name" : "james.goodfield",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700003412",
            "id" : "700003412"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "6",
      "id_str" : "273556761601719011",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "273556761601719011",
      "created_at" : "Tue Apr 28 11:22:57 +0000 2015",
      "favorited" : false,
      "full_text" : "@james.goodfield Can you send me the slides?",
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
            "name" : "Abigail Mills",
            "screen_name" : "abigail_mills",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700110974",
            "id" : "700110974"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "8",
      "id_str" : "1046351297129018534",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1046351297129018534",
      "created_at" : "Mon Apr 27 05:16:08 +0000 2015",
      "favorited" : false,
      "full_text" : "@abigail_mills Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "352386466808947862",
      "in_reply_to_status_id" : "352386466808947862",
      "in_reply_to_user_id" : "700110974",
      "in_reply_to_user_id_str" : "700110974",
      "in_reply_to_screen_name" : "abigail_mills"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lucía Vázquez",
            "screen_name" : "vazquezl",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700025462",
            "id" : "700025462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "10",
      "id_str" : "1053328623980697064",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1053328623980697064",
      "created_at" : "Mon Apr 27 00:01:16 +0000 2015",
      "favorited" : false,
      "full_text" : "@vazquezl Here is the link",
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
            "name" : "Susanne Lehmann",
            "screen_name" : "susanne71",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700004392",
            "id" : "700004392"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "10",
      "id_str" : "931330774558125641",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "931330774558125641",
      "created_at" : "Sat Apr 25 22:20:47 +0000 2015",
      "favorited" : false,
      "full_text" : "@susanne71 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1120363104819770827",
      "in_reply_to_status_id" : "1120363104819770827",
      "in_reply_to_user_id" : "700004392",
      "in_reply_to_user_id_str" : "700004392",
      "in_reply_to_screen_name" : "susanne71"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lucía Vázquez",
            "screen_name" : "vazquezl",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700025462",
            "id" : "700025462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "12",
      "id_str" : "248855467742532128",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "248855467742532128",
      "created_at" : "Wed Apr 22 17:36:15 +0000 2015",
      "favorited" : false,
      "full_text" : "@vazquezl Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "786431971880482222",
      "in_reply_to_status_id" : "786431971880482222",
      "in_reply_to_user_id" : "700025462",
      "in_reply_to_user_id_str" : "700025462",
      "in_reply_to_screen_name" : "vazquezl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "George White",
            "screen_name" : "george.white",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700132023",
            "id" : "700132023"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "8",
      "id_str" : "637714537753625923",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "637714537753625923",
      "created_at" : "Mon Apr 20 06:28:30 +0000 2015",
      "favorited" : false,
      "full_text" : "@george.white Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "523487872253556274",
      "in_reply_to_status_id" : "523487872253556274",
      "in_reply_to_user_id" : "700132023",
      "in_reply_to_user_id_str" : "700132023",
      "in_reply_to_screen_name" : "george.white"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Anders Løye",
            "screen_name" : "andersloye",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700120991",
            "id" : "700120991"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "14",
      "id_str" : "1144253158901665367",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1144253158901665367",
      "created_at" : "Sun Apr 19 18:00:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@andersloye Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "728217374646541325",
      "in_reply_to_status_id" : "728217374646541325",
      "in_reply_to_user_id" : "700120991",
      "in_reply_to_user_id_str" : "700120991",
      "in_reply_to_screen_name" : "andersloye"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "朱子涛",
            "screen_name" : "chi_237",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700015543",
            "id" : "700015543"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "9",
      "id_str" : "46050872614677960",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "46050872614677960",
      "created_at" : "Sat Apr 18 15:09:02 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi_237 Interesting point, I agree",
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
            "name" : "Anders Løye",
            "screen_name" : "andersloye",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700120991",
            "id" : "700120991"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "8",
      "id_str" : "146715098509526704",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "146715098509526704",
      "created_at" : "Fri Apr 17 06:37:09 +0000 2015",
      "favorited" : false,
      "full_text" : "@andersloye Ευχαριστώ πολύ",
      "lang" : "en",
      "in_reply_to_status_id_str" : "999116105422168652",
      "in_reply_to_status_id" : "999116105422168652",
      "in_reply_to_user_id" : "700120991",
      "in_reply_to_user_id_str" : "700120991",
      "in_reply_to_screen_name" : "andersloye"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "9",
      "id_str" : "515551653263946494",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "515551653263946494",
      "created_at" : "Thu Apr 16 08:33:20 +0000 2015",
      "favorited" : false,
      "full_text" : "@fernandoibona See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "890799045746250821",
      "in_reply_to_status_id" : "890799045746250821",
      "in_reply_to_user_id" : "700001235",
      "in_reply_to_user_id_str" : "700001235",
      "in_reply_to_screen_name" : "fernandoibona"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "7",
      "id_str" : "68862542743435245",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "68862542743435245",
      "created_at" : "Tue Apr 14 21:39:42 +0000 2015",
      "favorited" : false,
      "full_text" : "@labssacm Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "525931293833877320",
      "in_reply_to_status_id" : "525931293833877320",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Begoña Esales",
            "screen_name" : "begonaesales",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700111464",
            "id" : "700111464"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "6",
      "id_str" : "875973004851448076",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "875973004851448076",
      "created_at" : "Thu Apr 09 00:30:03 +0000 2015",
      "favorited" : false,
      "full_text" : "@begonaesales Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "422825874381083966",
      "in_reply_to_status_id" : "422825874381083966",
      "in_reply_to_user_id" : "700111464",
      "in_reply_to_user_id_str" : "700111464",
      "in_reply_to_screen_name" : "begonaesales"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hugo Sørensen",
            "screen_name" : "hugo_sor79",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700151525",
            "id" : "700151525"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "15",
      "id_str" : "1036103226710747231",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1036103226710747231",
      "created_at" : "Tue Apr 07 01:03:04 +0000 2015",
      "favorited" : false,
      "full_text" : "@hugo_sor79 Are you coming on Saturday?",
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
            "name" : "نور زيات",
            "screen_name" : "ara_90131",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700014787",
            "id" : "700014787"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "11",
      "id_str" : "648641642824094756",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "648641642824094756",
      "created_at" : "Sun Apr 05 02:15:38 +0000 2015",
      "favorited" : false,
      "full_text" : "@ara_90131 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "998980380107927773",
      "in_reply_to_status_id" : "998980380107927773",
      "in_reply_to_user_id" : "700014787",
      "in_reply_to_user_id_str" : "700014787",
      "in_reply_to_screen_name" : "ara_90131"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "حسن البكري",
            "screen_name" : "ara12379",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700114061",
            "id" : "700114061"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "15",
      "id_str" : "501594096993979755",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "501594096993979755",
      "created_at" : "Sat Apr 04 12:00:39 +0000 2015",
      "favorited" : false,
      "full_text" : "@ara12379 Are you coming on Saturday?",
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
            "name" : "Lucía Vázquez",
            "screen_name" : "vazquezl",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700025462",
            "id" : "700025462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "5",
      "id_str" : "129642351975998144",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "129642351975998144",
      "created_at" : "Sat Apr 04 10:35:50 +0000 2015",
      "favorited" : false,
      "full_text" : "@vazquezl OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "163884850355828816",
      "in_reply_to_status_id" : "163884850355828816",
      "in_reply_to_user_id" : "700025462",
      "in_reply_to_user_id_str" : "700025462",
      "in_reply_to_screen_name" : "vazquezl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "حسن البكري",
            "screen_name" : "ara12379",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700114061",
            "id" : "700114061"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "11",
      "id_str" : "573169492213540936",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "573169492213540936",
      "created_at" : "Sat Apr 04 03:04:45 +0000 2015",
      "favorited" : false,
      "full_text" : "@ara12379 Did you see the article I posted?",
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
            "name" : "Begoña Esales",
            "screen_name" : "begonaesales",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700111464",
            "id" : "700111464"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "6",
      "id_str" : "136566301326679008",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "136566301326679008",
      "created_at" : "Wed Apr 01 13:18:17 +0000 2015",
      "favorited" : false,
      "full_text" : "@begonaesales Here is the link",
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
            "name" : "Hugo Sørensen",
            "screen_name" : "hugo_sor79",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700151525",
            "id" : "700151525"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "8",
      "id_str" : "214899197845870164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "214899197845870164",
      "created_at" : "Sat Mar 28 01:11:51 +0000 2015",
      "favorited" : false,
      "full_text" : "@hugo_sor79 धन्यवाद",
      "lang" : "en",
      "in_reply_to_status_id_str" : "977428048689993405",
      "in_reply_to_status_id" : "977428048689993405",
      "in_reply_to_user_id" : "700151525",
      "in_reply_to_user_id_str" : "700151525",
      "in_reply_to_screen_name" : "hugo_sor79"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "حسن البكري",
            "screen_name" : "ara12379",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700114061",
            "id" : "700114061"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "8",
      "id_str" : "452178788786545853",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "452178788786545853",
      "created_at" : "Fri Mar 27 11:39:40 +0000 2015",
      "favorited" : false,
      "full_text" : "@ara12379 Long time no see!",
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
            "name" : "Lucía Vázquez",
            "screen_name" : "vazquezl",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700025462",
            "id" : "700025462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "10",
      "id_str" : "537090124645561634",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "537090124645561634",
      "created_at" : "Thu Mar 26 17:06:03 +0000 2015",
      "favorited" : false,
      "full_text" : "@vazquezl Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "81830524779649427",
      "in_reply_to_status_id" : "81830524779649427",
      "in_reply_to_user_id" : "700025462",
      "in_reply_to_user_id_str" : "700025462",
      "in_reply_to_screen_name" : "vazquezl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Begoña Esales",
            "screen_name" : "begonaesales",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700111464",
            "id" : "700111464"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "7",
      "id_str" : "72085405340612512",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "72085405340612512",
      "created_at" : "Thu Mar 26 09:45:51 +0000 2015",
      "favorited" : false,
      "full_text" : "@begonaesales Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "881776133207579820",
      "in_reply_to_status_id" : "881776133207579820",
      "in_reply_to_user_id" : "700111464",
      "in_reply_to_user_id_str" : "700111464",
      "in_reply_to_screen_name" : "begonaesales"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Begoña Esales",
            "screen_name" : "begonaesales",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700111464",
            "id" : "700111464"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "3",
      "id_str" : "589578384342937717",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "589578384342937717",
      "created_at" : "Thu Mar 26 07:21:09 +0000 2015",
      "favorited" : false,
      "full_text" : "@begonaesales Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "86681679437779223",
      "in_reply_to_status_id" : "86681679437779223",
      "in_reply_to_user_id" : "700111464",
      "in_reply_to_user_id_str" : "700111464",
      "in_reply_to_screen_name" : "begonaesales"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Natalia Dębiak",
            "screen_name" : "ndebiak92",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700090800",
            "id" : "700090800"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "9",
      "id_str" : "731261496927481321",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "731261496927481321",
      "created_at" : "Mon Mar 23 02:29:08 +0000 2015",
      "favorited" : false,
      "full_text" : "@ndebiak92 Hi! How are you?",
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
            "name" : "Hugo Sørensen",
            "screen_name" : "hugo_sor79",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700151525",
            "id" : "700151525"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "9",
      "id_str" : "1007925329077966519",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1007925329077966519",
      "created_at" : "Mon Mar 16 09:36:20 +0000 2015",
      "favorited" : false,
      "full_text" : "@hugo_sor79 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "156182711615705293",
      "in_reply_to_status_id" : "156182711615705293",
      "in_reply_to_user_id" : "700151525",
      "in_reply_to_user_id_str" : "700151525",
      "in_reply_to_screen_name" : "hugo_sor79"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Stanisław Walczak",
            "screen_name" : "stanislawwalczak",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700064417",
            "id" : "700064417"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "12",
      "id_str" : "525930808296547437",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "525930808296547437",
      "created_at" : "Sat Mar 14 04:24:30 +0000 2015",
      "favorited" : false,
      "full_text" : "@stanislawwalczak Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "161331481750992840",
      "in_reply_to_status_id" : "161331481750992840",
      "in_reply_to_user_id" : "700064417",
      "in_reply_to_user_id_str" : "700064417",
      "in_reply_to_screen_name" : "stanislawwalczak"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "James Goodfield",
            "screen_name" : "james.goodfield",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700003412",
            "id" : "700003412"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "8",
      "id_str" : "739167408746961343",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "739167408746961343",
      "created_at" : "Thu Mar 12 10:20:45 +0000 2015",
      "favorited" : false,
      "full_text" : "@james.goodfield OK",
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
            "name" : "Lucía Vázquez",
            "screen_name" : "vazquezl",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700025462",
            "id" : "700025462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "6",
      "id_str" : "21887209940239210",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "21887209940239210",
      "created_at" : "Sun Mar 08 15:55:37 +0000 2015",
      "favorited" : false,
      "full_text" : "@vazquezl شكرا جزيلا",
      "lang" : "en",
      "in_reply_to_status_id_str" : "438160096464437736",
      "in_reply_to_status_id" : "438160096464437736",
      "in_reply_to_user_id" : "700025462",
      "in_reply_to_user_id_str" : "700025462",
      "in_reply_to_screen_name" : "vazquezl"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Θανάσης Θεοδωράτος",
            "screen_name" : "gre_976",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700052783",
            "id" : "700052783"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "6",
      "id_str" : "917379909882945546",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "917379909882945546",
      "created_at" : "Sun Mar 08 00:59:06 +0000 2015",
      "favorited" : false,
      "full_text" : "@gre_976 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1044842575964804871",
      "in_reply_to_status_id" : "1044842575964804871",
      "in_reply_to_user_id" : "700052783",
      "in_reply_to_user_id_str" : "700052783",
      "in_reply_to_screen_name" : "gre_976"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Åsa Hedström",
            "screen_name" : "asahedstrom87",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700053063",
            "id" : "700053063"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "12",
      "id_str" : "543529620946343696",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "543529620946343696",
      "created_at" : "Wed Mar 04 00:45:03 +0000 2015",
      "favorited" : false,
      "full_text" : "@asahedstrom87 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "687853523233811953",
      "in_reply_to_status_id" : "687853523233811953",
      "in_reply_to_user_id" : "700053063",
      "in_reply_to_user_id_str" : "700053063",
      "in_reply_to_screen_name" : "asahedstrom87"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Abigail Mills",
            "screen_name" : "abigail_mills",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700110974",
            "id" : "700110974"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "8",
      "id_str" : "245662234217032944",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "245662234217032944",
      "created_at" : "Sat Feb 28 15:46:11 +0000 2015",
      "favorited" : false,
      "full_text" : "@abigail_mills Obrigado, até já",
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
            "name" : "Θανάσης Θεοδωράτος",
            "screen_name" : "gre_976",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700052783",
            "id" : "700052783"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "8",
      "id_str" : "63341754705086889",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "63341754705086889",
      "created_at" : "Sat Feb 28 02:17:22 +0000 2015",
      "favorited" : false,
      "full_text" : "@gre_976 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "176818533587990371",
      "in_reply_to_status_id" : "176818533587990371",
      "in_reply_to_user_id" : "700052783",
      "in_reply_to_user_id_str" : "700052783",
      "in_reply_to_screen_name" : "gre_976"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Antonio Casero",
            "screen_name" : "caseroa",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700134102",
            "id" : "700134102"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "8",
      "id_str" : "452251635479808196",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "452251635479808196",
      "created_at" : "Mon Feb 23 09:58:49 +0000 2015",
      "favorited" : false,
      "full_text" : "@caseroa Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "881685200214286762",
      "in_reply_to_status_id" : "881685200214286762",
      "in_reply_to_user_id" : "700134102",
      "in_reply_to_user_id_str" : "700134102",
      "in_reply_to_screen_name" : "caseroa"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "13",
      "id_str" : "1086327432463272656",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1086327432463272656",
      "created_at" : "Sun Feb 22 23:47:37 +0000 2015",
      "favorited" : false,
      "full_text" : "@labssacm Tack så mycket",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1009187447546446454",
      "in_reply_to_status_id" : "1009187447546446454",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nandini Patel",
            "screen_name" : "nandinipatel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700041429",
            "id" : "700041429"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "4",
      "id_str" : "1138746710994999962",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1138746710994999962",
      "created_at" : "Sat Feb 21 15:14:57 +0000 2015",
      "favorited" : false,
      "full_text" : "@nandinipatel On my way 🚗",
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
            "name" : "Chloé Masson",
            "screen_name" : "chloemasson25",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700009012",
            "id" : "700009012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "6",
      "id_str" : "1142631857737942765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1142631857737942765",
      "created_at" : "Wed Feb 18 20:45:02 +0000 2015",
      "favorited" : false,
      "full_text" : "@chloemasson25 Sorry, running late",
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
            "name" : "Susanne Lehmann",
            "screen_name" : "susanne71",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700004392",
            "id" : "700004392"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "9",
      "id_str" : "727377054947589092",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "727377054947589092",
      "created_at" : "Tue Feb 17 15:03:36 +0000 2015",
      "favorited" : false,
      "full_text" : "@susanne71 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "272327467066149691",
      "in_reply_to_status_id" : "272327467066149691",
      "in_reply_to_user_id" : "700004392",
      "in_reply_to_user_id_str" : "700004392",
      "in_reply_to_screen_name" : "susanne71"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susanne Lehmann",
            "screen_name" : "susanne71",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700004392",
            "id" : "700004392"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "7",
      "id_str" : "91098919138282037",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "91098919138282037",
      "created_at" : "Sat Feb 14 14:19:51 +0000 2015",
      "favorited" : false,
      "full_text" : "@susanne71 Sorry, running late",
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
            "name" : "Susanne Lehmann",
            "screen_name" : "susanne71",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700004392",
            "id" : "700004392"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "6",
      "id_str" : "816769897345826947",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "816769897345826947",
      "created_at" : "Wed Feb 11 07:20:24 +0000 2015",
      "favorited" : false,
      "full_text" : "@susanne71 Happy birthday! 🎂",
      "lang" : "en",
      "in_reply_to_status_id_str" : "73848981790894023",
      "in_reply_to_status_id" : "73848981790894023",
      "in_reply_to_user_id" : "700004392",
      "in_reply_to_user_id_str" : "700004392",
      "in_reply_to_screen_name" : "susanne71"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "James Goodfield",
            "screen_name" : "james.goodfield",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700003412",
            "id" : "700003412"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "9",
      "id_str" : "40604467081945911",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "40604467081945911",
      "created_at" : "Sun Feb 08 16:23:41 +0000 2015",
      "favorited" : false,
      "full_text" : "@james.goodfield Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "451105288084532126",
      "in_reply_to_status_id" : "451105288084532126",
      "in_reply_to_user_id" : "700003412",
      "in_reply_to_user_id_str" : "700003412",
      "in_reply_to_screen_name" : "james.goodfield"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Birgit Dietrich",
            "screen_name" : "birgit_die93",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700073174",
            "id" : "700073174"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "8",
      "id_str" : "405002616235700092",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "405002616235700092",
      "created_at" : "Sun Feb 08 11:03:04 +0000 2015",
      "favorited" : false,
      "full_text" : "@birgit_die93 Gracias, igualmente",
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
            "name" : "Nandini Patel",
            "screen_name" : "nandinipatel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700041429",
            "id" : "700041429"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "6",
      "id_str" : "46537932342765194",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "46537932342765194",
      "created_at" : "Sun Feb 08 02:36:14 +0000 2015",
      "favorited" : false,
      "full_text" : "@nandinipatel धन्यवाद",
      "lang" : "en",
      "in_reply_to_status_id_str" : "367845880757876083",
      "in_reply_to_status_id" : "367845880757876083",
      "in_reply_to_user_id" : "700041429",
      "in_reply_to_user_id_str" : "700041429",
      "in_reply_to_screen_name" : "nandinipatel"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Abigail Mills",
            "screen_name" : "abigail_mills",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700110974",
            "id" : "700110974"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "9",
      "id_str" : "207089588673767636",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "207089588673767636",
      "created_at" : "Wed Feb 04 17:52:35 +0000 2015",
      "favorited" : false,
      "full_text" : "@abigail_mills Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "586766349775604064",
      "in_reply_to_status_id" : "586766349775604064",
      "in_reply_to_user_id" : "700110974",
      "in_reply_to_user_id_str" : "700110974",
      "in_reply_to_screen_name" : "abigail_mills"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Benjamin Ellis",
            "screen_name" : "bellis63",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700013730",
            "id" : "700013730"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "851585031357351558",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "851585031357351558",
      "created_at" : "Wed Feb 04 04:09:39 +0000 2015",
      "favorited" : false,
      "full_text" : "@bellis63 ¿Qué tal todo?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "141108845336014890",
      "in_reply_to_status_id" : "141108845336014890",
      "in_reply_to_user_id" : "700013730",
      "in_reply_to_user_id_str" : "700013730",
      "in_reply_to_screen_name" : "bellis63"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kjetil Norrqvist",
            "screen_name" : "kjetil_nor89",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700133759",
            "id" : "700133759"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "10",
      "id_str" : "323831513512969317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "323831513512969317",
      "created_at" : "Tue Feb 03 08:21:03 +0000 2015",
      "favorited" : false,
      "full_text" : "@kjetil_nor89 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "853063210202896015",
      "in_reply_to_status_id" : "853063210202896015",
      "in_reply_to_user_id" : "700133759",
      "in_reply_to_user_id_str" : "700133759",
      "in_reply_to_screen_name" : "kjetil_nor89"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Anders Løye",
            "screen_name" : "andersloye",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700120991",
            "id" : "700120991"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "11",
      "id_str" : "1126311166203886592",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1126311166203886592",
      "created_at" : "Fri Jan 30 12:42:12 +0000 2015",
      "favorited" : false,
      "full_text" : "@andersloye Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "211953165733445722",
      "in_reply_to_status_id" : "211953165733445722",
      "in_reply_to_user_id" : "700120991",
      "in_reply_to_user_id_str" : "700120991",
      "in_reply_to_screen_name" : "andersloye"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "4",
      "id_str" : "103103375370687301",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "103103375370687301",
      "created_at" : "Tue Jan 27 19:27:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@fernandoibona Congrats on the new job! 🎉",
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
            "name" : "نور زيات",
            "screen_name" : "ara_90131",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700014787",
            "id" : "700014787"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "7",
      "id_str" : "874820272444408898",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "874820272444408898",
      "created_at" : "Tue Jan 20 13:42:05 +0000 2015",
      "favorited" : false,
      "full_text" : "@ara_90131 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "649758335079558240",
      "in_reply_to_status_id" : "649758335079558240",
      "in_reply_to_user_id" : "700014787",
      "in_reply_to_user_id_str" : "700014787",
      "in_reply_to_screen_name" : "ara_90131"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Θανάσης Θεοδωράτος",
            "screen_name" : "gre_976",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700052783",
            "id" : "700052783"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "6",
      "id_str" : "709145327329456554",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "709145327329456554",
      "created_at" : "Tue Jan 20 02:47:31 +0000 2015",
      "favorited" : false,
      "full_text" : "@gre_976 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "845221246542136128",
      "in_reply_to_status_id" : "845221246542136128",
      "in_reply_to_user_id" : "700052783",
      "in_reply_to_user_id_str" : "700052783",
      "in_reply_to_screen_name" : "gre_976"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Abigail Mills",
            "screen_name" : "abigail_mills",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700110974",
            "id" : "700110974"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "16",
      "id_str" : "277458192158067766",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "277458192158067766",
      "created_at" : "Wed Jan 07 09:22:40 +0000 2015",
      "favorited" : false,
      "full_text" : "@abigail_mills Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "799914402893523165",
      "in_reply_to_status_id" : "799914402893523165",
      "in_reply_to_user_id" : "700110974",
      "in_reply_to_user_id_str" : "700110974",
      "in_reply_to_screen_name" : "abigail_mills"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nandini Patel",
            "screen_name" : "nandinipatel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700041429",
            "id" : "700041429"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "6",
      "id_str" : "1083968368365441205",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1083968368365441205",
      "created_at" : "Mon Dec 15 02:41:10 +0000 2014",
      "favorited" : false,
      "full_text" : "@nandinipatel Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "302678149022778079",
      "in_reply_to_status_id" : "302678149022778079",
      "in_reply_to_user_id" : "700041429",
      "in_reply_to_user_id_str" : "700041429",
      "in_reply_to_screen_name" : "nandinipatel"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Canok",
            "screen_name" : "gokhan.photo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700141739",
            "id" : "700141739"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "5",
      "id_str" : "295919300096539509",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "295919300096539509",
      "created_at" : "Fri Dec 12 17:58:50 +0000 2014",
      "favorited" : false,
      "full_text" : "@gokhan.photo 谢谢你！",
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
            "name" : "Inès Deschard",
            "screen_name" : "inesdeschard",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700116903",
            "id" : "700116903"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "5",
      "id_str" : "411501689985999927",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "411501689985999927",
      "created_at" : "Wed Dec 10 19:53:02 +0000 2014",
      "favorited" : false,
      "full_text" : "@inesdeschard Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "732993637239480215",
      "in_reply_to_status_id" : "732993637239480215",
      "in_reply_to_user_id" : "700116903",
      "in_reply_to_user_id_str" : "700116903",
      "in_reply_to_screen_name" : "inesdeschard"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Helen Wesby",
            "screen_name" : "helen.runs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700066594",
            "id" : "700066594"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "4",
      "id_str" : "1037571988915612643",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1037571988915612643",
      "created_at" : "Tue Dec 09 07:43:53 +0000 2014",
      "favorited" : false,
      "full_text" : "@helen.runs See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "393010215440412040",
      "in_reply_to_status_id" : "393010215440412040",
      "in_reply_to_user_id" : "700066594",
      "in_reply_to_user_id_str" : "700066594",
      "in_reply_to_screen_name" : "helen.runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Léon Muller",
            "screen_name" : "leon93",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700055884",
            "id" : "700055884"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "7",
      "id_str" : "304884358523719277",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "304884358523719277",
      "created_at" : "Sun Dec 07 10:55:49 +0000 2014",
      "favorited" : false,
      "full_text" : "@leon93 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "613664747839308578",
      "in_reply_to_status_id" : "613664747839308578",
      "in_reply_to_user_id" : "700055884",
      "in_reply_to_user_id_str" : "700055884",
      "in_reply_to_screen_name" : "leon93"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Canok",
            "screen_name" : "gokhan.photo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700141739",
            "id" : "700141739"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "997001506604093663",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "997001506604093663",
      "created_at" : "Sat Dec 06 04:15:56 +0000 2014",
      "favorited" : false,
      "full_text" : "@gokhan.photo Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1081004231514533324",
      "in_reply_to_status_id" : "1081004231514533324",
      "in_reply_to_user_id" : "700141739",
      "in_reply_to_user_id_str" : "700141739",
      "in_reply_to_screen_name" : "gokhan.photo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nandini Patel",
            "screen_name" : "nandinipatel",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700041429",
            "id" : "700041429"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "8",
      "id_str" : "755401957659208072",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "755401957659208072",
      "created_at" : "Sat Dec 06 00:09:46 +0000 2014",
      "favorited" : false,
      "full_text" : "@nandinipatel Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "265583771027565209",
      "in_reply_to_status_id" : "265583771027565209",
      "in_reply_to_user_id" : "700041429",
      "in_reply_to_user_id_str" : "700041429",
      "in_reply_to_screen_name" : "nandinipatel"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Inès Deschard",
            "screen_name" : "inesdeschard",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700116903",
            "id" : "700116903"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "5",
      "id_str" : "43398752465671689",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "43398752465671689",
      "created_at" : "Wed Dec 03 01:46:17 +0000 2014",
      "favorited" : false,
      "full_text" : "@inesdeschard OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "518007756215691838",
      "in_reply_to_status_id" : "518007756215691838",
      "in_reply_to_user_id" : "700116903",
      "in_reply_to_user_id_str" : "700116903",
      "in_reply_to_screen_name" : "inesdeschard"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Θανάσης Θεοδωράτος",
            "screen_name" : "gre_976",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700052783",
            "id" : "700052783"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "5",
      "id_str" : "505195485463014311",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "505195485463014311",
      "created_at" : "Tue Dec 02 07:19:12 +0000 2014",
      "favorited" : false,
      "full_text" : "@gre_976 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "613292967470944154",
      "in_reply_to_status_id" : "613292967470944154",
      "in_reply_to_user_id" : "700052783",
      "in_reply_to_user_id_str" : "700052783",
      "in_reply_to_screen_name" : "gre_976"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás González",
            "screen_name" : "tgonzalez47",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700069198",
            "id" : "700069198"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "781067988253092421",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "781067988253092421",
      "created_at" : "Mon Dec 01 19:36:33 +0000 2014",
      "favorited" : false,
      "full_text" : "@tgonzalez47 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1136524101550928861",
      "in_reply_to_status_id" : "1136524101550928861",
      "in_reply_to_user_id" : "700069198",
      "in_reply_to_user_id_str" : "700069198",
      "in_reply_to_screen_name" : "tgonzalez47"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Abigail Mills",
            "screen_name" : "abigail_mills",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700110974",
            "id" : "700110974"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "5",
      "id_str" : "477737513449382444",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "477737513449382444",
      "created_at" : "Sat Nov 29 20:50:27 +0000 2014",
      "favorited" : false,
      "full_text" : "@abigail_mills Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "602049765452399278",
      "in_reply_to_status_id" : "602049765452399278",
      "in_reply_to_user_id" : "700110974",
      "in_reply_to_user_id_str" : "700110974",
      "in_reply_to_screen_name" : "abigail_mills"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Inès Deschard",
            "screen_name" : "inesdeschard",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700116903",
            "id" : "700116903"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "2",
      "id_str" : "677140110764520926",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "677140110764520926",
      "created_at" : "Mon Nov 24 13:07:21 +0000 2014",
      "favorited" : false,
      "full_text" : "@inesdeschard Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "317350780589546332",
      "in_reply_to_status_id" : "317350780589546332",
      "in_reply_to_user_id" : "700116903",
      "in_reply_to_user_id_str" : "700116903",
      "in_reply_to_screen_name" : "inesdeschard"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Canok",
            "screen_name" : "gokhan.photo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700141739",
            "id" : "700141739"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "3",
      "id_str" : "396877925148885346",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "396877925148885346",
      "created_at" : "Mon Nov 24 09:23:48 +0000 2014",
      "favorited" : false,
      "full_text" : "@gokhan.photo Are you coming on Saturday?",
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
            "name" : "Abigail Mills",
            "screen_name" : "abigail_mills",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700110974",
            "id" : "700110974"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "4",
      "id_str" : "566127557283416257",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "566127557283416257",
      "created_at" : "Sun Nov 23 16:18:18 +0000 2014",
      "favorited" : false,
      "full_text" : "@abigail_mills Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1019481549689078515",
      "in_reply_to_status_id" : "1019481549689078515",
      "in_reply_to_user_id" : "700110974",
      "in_reply_to_user_id_str" : "700110974",
      "in_reply_to_screen_name" : "abigail_mills"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Antonio Casero",
            "screen_name" : "caseroa",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700134102",
            "id" : "700134102"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "8",
      "id_str" : "66769216612996321",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "66769216612996321",
      "created_at" : "Sat Nov 22 10:40:15 +0000 2014",
      "favorited" : false,
      "full_text" : "@caseroa That photo is amazing 📸",
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
            "name" : "Gökhan Canok",
            "screen_name" : "gokhan.photo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700141739",
            "id" : "700141739"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "7",
      "id_str" : "294071309646898701",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "294071309646898701",
      "created_at" : "Fri Nov 21 16:28:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@gokhan.photo 谢谢你！",
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
            "name" : "Abigail Mills",
            "screen_name" : "abigail_mills",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700110974",
            "id" : "700110974"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "7",
      "id_str" : "17359193170339976",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "17359193170339976",
      "created_at" : "Sun Nov 09 10:46:58 +0000 2014",
      "favorited" : false,
      "full_text" : "@abigail_mills Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "86983246803971190",
      "in_reply_to_status_id" : "86983246803971190",
      "in_reply_to_user_id" : "700110974",
      "in_reply_to_user_id_str" : "700110974",
      "in_reply_to_screen_name" : "abigail_mills"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "6",
      "id_str" : "725395589394074715",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "725395589394074715",
      "created_at" : "Fri Oct 31 12:54:28 +0000 2014",
      "favorited" : false,
      "full_text" : "@fernandoibona Gracias, igualmente",
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
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "2",
      "id_str" : "665652281739194127",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "665652281739194127",
      "created_at" : "Wed Oct 29 10:59:17 +0000 2014",
      "favorited" : false,
      "full_text" : "@labssacm Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "966783698372183843",
      "in_reply_to_status_id" : "966783698372183843",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "6",
      "id_str" : "580814675391857262",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "580814675391857262",
      "created_at" : "Tue Oct 14 15:15:14 +0000 2014",
      "favorited" : false,
      "full_text" : "@fernandoibona Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "795122064037153077",
      "in_reply_to_status_id" : "795122064037153077",
      "in_reply_to_user_id" : "700001235",
      "in_reply_to_user_id_str" : "700001235",
      "in_reply_to_screen_name" : "fernandoibona"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carol Spencer",
            "screen_name" : "carol.art",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700108069",
            "id" : "700108069"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "5",
      "id_str" : "1143290919352325022",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1143290919352325022",
      "created_at" : "Sat Oct 11 03:08:52 +0000 2014",
      "favorited" : false,
      "full_text" : "@carol.art See you tomorrow",
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
            "name" : "Tomás González",
            "screen_name" : "tgonzalez47",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700069198",
            "id" : "700069198"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "5",
      "id_str" : "899405557453404552",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "899405557453404552",
      "created_at" : "Tue Oct 07 13:55:20 +0000 2014",
      "favorited" : false,
      "full_text" : "@tgonzalez47 Did you see the article I posted?",
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
            "name" : "Inès Deschard",
            "screen_name" : "inesdeschard",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700116903",
            "id" : "700116903"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "437102264632318292",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "437102264632318292",
      "created_at" : "Fri Oct 03 02:45:52 +0000 2014",
      "favorited" : false,
      "full_text" : "@inesdeschard Miss you guys ❤️",
      "lang" : "en",
      "in_reply_to_status_id_str" : "446950209447201759",
      "in_reply_to_status_id" : "446950209447201759",
      "in_reply_to_user_id" : "700116903",
      "in_reply_to_user_id_str" : "700116903",
      "in_reply_to_screen_name" : "inesdeschard"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nguyễn Minh Hương",
            "screen_name" : "minhhuong.runs",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700144679",
            "id" : "700144679"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "8",
      "id_str" : "314346090151406015",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "314346090151406015",
      "created_at" : "Mon Sep 29 08:11:46 +0000 2014",
      "favorited" : false,
      "full_text" : "@minhhuong.runs Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1070755693294643327",
      "in_reply_to_status_id" : "1070755693294643327",
      "in_reply_to_user_id" : "700144679",
      "in_reply_to_user_id_str" : "700144679",
      "in_reply_to_screen_name" : "minhhuong.runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "马玉怡",
            "screen_name" : "chi54849",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700090520",
            "id" : "700090520"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "3",
      "id_str" : "618301184912085006",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "618301184912085006",
      "created_at" : "Mon Sep 22 23:53:56 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi54849 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "320351936856345509",
      "in_reply_to_status_id" : "320351936856345509",
      "in_reply_to_user_id" : "700090520",
      "in_reply_to_user_id_str" : "700090520",
      "in_reply_to_screen_name" : "chi54849"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "4",
      "id_str" : "793554570545033859",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "793554570545033859",
      "created_at" : "Sat Sep 20 21:45:33 +0000 2014",
      "favorited" : false,
      "full_text" : "@labssacm Çok teşekkürler",
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
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "4",
      "id_str" : "798126758428831303",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "798126758428831303",
      "created_at" : "Fri Sep 19 18:15:19 +0000 2014",
      "favorited" : false,
      "full_text" : "@fernandoibona Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "893786322396147844",
      "in_reply_to_status_id" : "893786322396147844",
      "in_reply_to_user_id" : "700001235",
      "in_reply_to_user_id_str" : "700001235",
      "in_reply_to_screen_name" : "fernandoibona"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Baptiste Delalier",
            "screen_name" : "baptiste.travels",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700091906",
            "id" : "700091906"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "6",
      "id_str" : "576703079519597330",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "576703079519597330",
      "created_at" : "Tue Sep 16 08:44:10 +0000 2014",
      "favorited" : false,
      "full_text" : "@baptiste.travels Are you coming on Saturday?",
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
            "name" : "Dorota Olsewski",
            "screen_name" : "dorota98",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700153534",
            "id" : "700153534"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "5",
      "id_str" : "474146115266631531",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "474146115266631531",
      "created_at" : "Sun Sep 14 21:06:25 +0000 2014",
      "favorited" : false,
      "full_text" : "@dorota98 I'll call you later",
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
            "name" : "Inès Deschard",
            "screen_name" : "inesdeschard",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700116903",
            "id" : "700116903"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "3",
      "id_str" : "426167292936505168",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "426167292936505168",
      "created_at" : "Fri Sep 12 05:41:07 +0000 2014",
      "favorited" : false,
      "full_text" : "@inesdeschard Let's catch up soon",
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
            "name" : "Baptiste Delalier",
            "screen_name" : "baptiste.travels",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700091906",
            "id" : "700091906"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "2",
      "id_str" : "446714693400055108",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "446714693400055108",
      "created_at" : "Mon Sep 08 07:45:12 +0000 2014",
      "favorited" : false,
      "full_text" : "@baptiste.travels Yes, works for me",
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
            "name" : "Ömer Uzcan",
            "screen_name" : "omeruzcan",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700090982",
            "id" : "700090982"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "7",
      "id_str" : "284264864011567454",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "284264864011567454",
      "created_at" : "Sun Sep 07 07:24:44 +0000 2014",
      "favorited" : false,
      "full_text" : "@omeruzcan Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "558924250897943729",
      "in_reply_to_status_id" : "558924250897943729",
      "in_reply_to_user_id" : "700090982",
      "in_reply_to_user_id_str" : "700090982",
      "in_reply_to_screen_name" : "omeruzcan"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás González",
            "screen_name" : "tgonzalez47",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700069198",
            "id" : "700069198"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "10",
      "id_str" : "135808969040320681",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "135808969040320681",
      "created_at" : "Fri Sep 05 19:47:29 +0000 2014",
      "favorited" : false,
      "full_text" : "@tgonzalez47 Haha yes 😂",
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
            "name" : "Tomás González",
            "screen_name" : "tgonzalez47",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700069198",
            "id" : "700069198"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "6",
      "id_str" : "489464320040356575",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "489464320040356575",
      "created_at" : "Thu Sep 04 08:27:11 +0000 2014",
      "favorited" : false,
      "full_text" : "@tgonzalez47 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1074554036289866193",
      "in_reply_to_status_id" : "1074554036289866193",
      "in_reply_to_user_id" : "700069198",
      "in_reply_to_user_id_str" : "700069198",
      "in_reply_to_screen_name" : "tgonzalez47"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carol Spencer",
            "screen_name" : "carol.art",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700108069",
            "id" : "700108069"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "3",
      "id_str" : "62572470964128206",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "62572470964128206",
      "created_at" : "Wed Sep 03 14:35:07 +0000 2014",
      "favorited" : false,
      "full_text" : "@carol.art Danke dir, bis später",
      "lang" : "en",
      "in_reply_to_status_id_str" : "801821612819270460",
      "in_reply_to_status_id" : "801821612819270460",
      "in_reply_to_user_id" : "700108069",
      "in_reply_to_user_id_str" : "700108069",
      "in_reply_to_screen_name" : "carol.art"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás González",
            "screen_name" : "tgonzalez47",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700069198",
            "id" : "700069198"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "4",
      "id_str" : "546663621184229288",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "546663621184229288",
      "created_at" : "Fri Aug 22 18:21:29 +0000 2014",
      "favorited" : false,
      "full_text" : "@tgonzalez47 Here is the link",
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
            "name" : "Astrid Bjørklund",
            "screen_name" : "astrid_bjo16",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700042234",
            "id" : "700042234"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "5",
      "id_str" : "1053985130260686700",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1053985130260686700",
      "created_at" : "Sat Aug 16 07:52:59 +0000 2014",
      "favorited" : false,
      "full_text" : "@astrid_bjo16 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "995553859450572246",
      "in_reply_to_status_id" : "995553859450572246",
      "in_reply_to_user_id" : "700042234",
      "in_reply_to_user_id_str" : "700042234",
      "in_reply_to_screen_name" : "astrid_bjo16"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dorota Olsewski",
            "screen_name" : "dorota98",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700153534",
            "id" : "700153534"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "1001062794959472970",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1001062794959472970",
      "created_at" : "Sat Aug 16 03:00:54 +0000 2014",
      "favorited" : false,
      "full_text" : "@dorota98 Yes, works for me",
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
            "name" : "Esra Aygün",
            "screen_name" : "esraaygun",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700161388",
            "id" : "700161388"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "4",
      "id_str" : "423654244073155220",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "423654244073155220",
      "created_at" : "Sat Aug 09 11:15:38 +0000 2014",
      "favorited" : false,
      "full_text" : "@esraaygun Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "814170204328058136",
      "in_reply_to_status_id" : "814170204328058136",
      "in_reply_to_user_id" : "700161388",
      "in_reply_to_user_id_str" : "700161388",
      "in_reply_to_screen_name" : "esraaygun"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "9",
      "id_str" : "435108803046245282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "435108803046245282",
      "created_at" : "Thu Jul 31 06:56:40 +0000 2014",
      "favorited" : false,
      "full_text" : "@fernandoibona I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "409897038600179041",
      "in_reply_to_status_id" : "409897038600179041",
      "in_reply_to_user_id" : "700001235",
      "in_reply_to_user_id_str" : "700001235",
      "in_reply_to_screen_name" : "fernandoibona"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carol Spencer",
            "screen_name" : "carol.art",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700108069",
            "id" : "700108069"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "3",
      "id_str" : "868420241021373911",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "868420241021373911",
      "created_at" : "Sat Jul 26 20:59:59 +0000 2014",
      "favorited" : false,
      "full_text" : "@carol.art Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "176381651249299235",
      "in_reply_to_status_id" : "176381651249299235",
      "in_reply_to_user_id" : "700108069",
      "in_reply_to_user_id_str" : "700108069",
      "in_reply_to_screen_name" : "carol.art"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Đặng Hải Hương",
            "screen_name" : "haihuongdang",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700130938",
            "id" : "700130938"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "258945906788722957",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "258945906788722957",
      "created_at" : "Wed Jul 23 21:15:53 +0000 2014",
      "favorited" : false,
      "full_text" : "@haihuongdang Tack så mycket",
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
            "name" : "Léon Muller",
            "screen_name" : "leon93",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700055884",
            "id" : "700055884"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "2",
      "id_str" : "747795431289612429",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "747795431289612429",
      "created_at" : "Tue Jul 15 21:47:29 +0000 2014",
      "favorited" : false,
      "full_text" : "@leon93 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "479256958257398212",
      "in_reply_to_status_id" : "479256958257398212",
      "in_reply_to_user_id" : "700055884",
      "in_reply_to_user_id_str" : "700055884",
      "in_reply_to_screen_name" : "leon93"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "岡田真海",
            "screen_name" : "jap_267",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700013863",
            "id" : "700013863"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "3395828077504462",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "3395828077504462",
      "created_at" : "Fri Jul 11 00:10:13 +0000 2014",
      "favorited" : false,
      "full_text" : "@jap_267 Welcome to the team!",
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
            "name" : "Amit Vyas",
            "screen_name" : "amit85",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700074378",
            "id" : "700074378"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "5",
      "id_str" : "923301121957886836",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "923301121957886836",
      "created_at" : "Tue Jul 08 12:23:44 +0000 2014",
      "favorited" : false,
      "full_text" : "@amit85 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "71432565592803445",
      "in_reply_to_status_id" : "71432565592803445",
      "in_reply_to_user_id" : "700074378",
      "in_reply_to_user_id_str" : "700074378",
      "in_reply_to_screen_name" : "amit85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dorota Olsewski",
            "screen_name" : "dorota98",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700153534",
            "id" : "700153534"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "3",
      "id_str" : "786681529610252640",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "786681529610252640",
      "created_at" : "Mon Jul 07 14:47:38 +0000 2014",
      "favorited" : false,
      "full_text" : "@dorota98 Are you coming on Saturday?",
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
            "name" : "Dorota Olsewski",
            "screen_name" : "dorota98",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700153534",
            "id" : "700153534"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "4",
      "id_str" : "323658819461504185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "323658819461504185",
      "created_at" : "Mon Jun 30 02:50:35 +0000 2014",
      "favorited" : false,
      "full_text" : "@dorota98 Sorry, running late",
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
            "name" : "Léon Muller",
            "screen_name" : "leon93",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700055884",
            "id" : "700055884"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "9",
      "id_str" : "161759651435368271",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "161759651435368271",
      "created_at" : "Tue Jun 24 16:21:25 +0000 2014",
      "favorited" : false,
      "full_text" : "@leon93 Welcome to the team!",
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
            "name" : "Léon Muller",
            "screen_name" : "leon93",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700055884",
            "id" : "700055884"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "768807829988106647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "768807829988106647",
      "created_at" : "Tue Jun 24 05:51:28 +0000 2014",
      "favorited" : false,
      "full_text" : "@leon93 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "396281337638692223",
      "in_reply_to_status_id" : "396281337638692223",
      "in_reply_to_user_id" : "700055884",
      "in_reply_to_user_id_str" : "700055884",
      "in_reply_to_screen_name" : "leon93"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carol Spencer",
            "screen_name" : "carol.art",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700108069",
            "id" : "700108069"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "7",
      "id_str" : "132117758052969909",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "132117758052969909",
      "created_at" : "Mon Jun 23 15:31:42 +0000 2014",
      "favorited" : false,
      "full_text" : "@carol.art Gracias, igualmente",
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
            "name" : "Léon Muller",
            "screen_name" : "leon93",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700055884",
            "id" : "700055884"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "452692934937171569",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "452692934937171569",
      "created_at" : "Sun Jun 22 20:19:37 +0000 2014",
      "favorited" : false,
      "full_text" : "@leon93 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "618004556550866598",
      "in_reply_to_status_id" : "618004556550866598",
      "in_reply_to_user_id" : "700055884",
      "in_reply_to_user_id_str" : "700055884",
      "in_reply_to_screen_name" : "leon93"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Léon Muller",
            "screen_name" : "leon93",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700055884",
            "id" : "700055884"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "5",
      "id_str" : "640332129199963566",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "640332129199963566",
      "created_at" : "Tue Jun 17 02:42:27 +0000 2014",
      "favorited" : false,
      "full_text" : "@leon93 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "223655153653299361",
      "in_reply_to_status_id" : "223655153653299361",
      "in_reply_to_user_id" : "700055884",
      "in_reply_to_user_id_str" : "700055884",
      "in_reply_to_screen_name" : "leon93"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Léon Muller",
            "screen_name" : "leon93",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700055884",
            "id" : "700055884"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "4",
      "id_str" : "764641528417617868",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "764641528417617868",
      "created_at" : "Sun Jun 15 05:33:10 +0000 2014",
      "favorited" : false,
      "full_text" : "@leon93 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "113891399178403606",
      "in_reply_to_status_id" : "113891399178403606",
      "in_reply_to_user_id" : "700055884",
      "in_reply_to_user_id_str" : "700055884",
      "in_reply_to_screen_name" : "leon93"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Δημήτρης Νικηφοριάδης",
            "screen_name" : "434g",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700016432",
            "id" : "700016432"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "6",
      "id_str" : "292439853498242296",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "292439853498242296",
      "created_at" : "Sat Jun 14 11:52:38 +0000 2014",
      "favorited" : false,
      "full_text" : "@434g OK",
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
            "name" : "Đặng Hải Hương",
            "screen_name" : "haihuongdang",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700130938",
            "id" : "700130938"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "8",
      "id_str" : "979892533588575497",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "979892533588575497",
      "created_at" : "Fri Jun 13 08:35:44 +0000 2014",
      "favorited" : false,
      "full_text" : "@haihuongdang I'll call you later",
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
            "name" : "Dorota Olsewski",
            "screen_name" : "dorota98",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700153534",
            "id" : "700153534"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "6",
      "id_str" : "395455531174421543",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "395455531174421543",
      "created_at" : "Thu Jun 05 06:53:18 +0000 2014",
      "favorited" : false,
      "full_text" : "@dorota98 Sorry, running late",
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
            "name" : "岡田真海",
            "screen_name" : "jap_267",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700013863",
            "id" : "700013863"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "5",
      "id_str" : "167427507697735073",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "167427507697735073",
      "created_at" : "Thu Jun 05 04:03:36 +0000 2014",
      "favorited" : false,
      "full_text" : "@jap_267 Merci beaucoup !",
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
            "name" : "Đặng Hải Hương",
            "screen_name" : "haihuongdang",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700130938",
            "id" : "700130938"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "3",
      "id_str" : "461151637432962432",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "461151637432962432",
      "created_at" : "Fri May 30 05:50:54 +0000 2014",
      "favorited" : false,
      "full_text" : "@haihuongdang Interesting point, I agree",
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
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "5",
      "id_str" : "940206182216822010",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "940206182216822010",
      "created_at" : "Thu May 29 21:03:12 +0000 2014",
      "favorited" : false,
      "full_text" : "@labssacm Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "165019895880178415",
      "in_reply_to_status_id" : "165019895880178415",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carol Spencer",
            "screen_name" : "carol.art",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700108069",
            "id" : "700108069"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "4",
      "id_str" : "88476634155008533",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "88476634155008533",
      "created_at" : "Wed May 28 01:53:17 +0000 2014",
      "favorited" : false,
      "full_text" : "@carol.art See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "494823659938322240",
      "in_reply_to_status_id" : "494823659938322240",
      "in_reply_to_user_id" : "700108069",
      "in_reply_to_user_id_str" : "700108069",
      "in_reply_to_screen_name" : "carol.art"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Đặng Hải Hương",
            "screen_name" : "haihuongdang",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700130938",
            "id" : "700130938"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "6",
      "id_str" : "347968376357277881",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "347968376357277881",
      "created_at" : "Thu May 22 10:23:38 +0000 2014",
      "favorited" : false,
      "full_text" : "@haihuongdang See you tomorrow",
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
            "name" : "岡田真海",
            "screen_name" : "jap_267",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700013863",
            "id" : "700013863"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "6",
      "id_str" : "524318824430117240",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "524318824430117240",
      "created_at" : "Wed May 21 16:40:10 +0000 2014",
      "favorited" : false,
      "full_text" : "@jap_267 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "841713850975130913",
      "in_reply_to_status_id" : "841713850975130913",
      "in_reply_to_user_id" : "700013863",
      "in_reply_to_user_id_str" : "700013863",
      "in_reply_to_screen_name" : "jap_267"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amit Vyas",
            "screen_name" : "amit85",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700074378",
            "id" : "700074378"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "5",
      "id_str" : "825949318709800771",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "825949318709800771",
      "created_at" : "Sun May 18 15:35:41 +0000 2014",
      "favorited" : false,
      "full_text" : "@amit85 Merci beaucoup !",
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
            "name" : "Carol Spencer",
            "screen_name" : "carol.art",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700108069",
            "id" : "700108069"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "5",
      "id_str" : "928322306996714357",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "928322306996714357",
      "created_at" : "Thu May 15 11:52:30 +0000 2014",
      "favorited" : false,
      "full_text" : "@carol.art Great talk yesterday",
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
            "name" : "Đặng Hải Hương",
            "screen_name" : "haihuongdang",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700130938",
            "id" : "700130938"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "2",
      "id_str" : "190616675452621028",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "190616675452621028",
      "created_at" : "Tue May 13 13:54:45 +0000 2014",
      "favorited" : false,
      "full_text" : "@haihuongdang Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "381398635042467975",
      "in_reply_to_status_id" : "381398635042467975",
      "in_reply_to_user_id" : "700130938",
      "in_reply_to_user_id_str" : "700130938",
      "in_reply_to_screen_name" : "haihuongdang"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "8",
      "id_str" : "651787686332657737",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "651787686332657737",
      "created_at" : "Mon May 12 04:37:45 +0000 2014",
      "favorited" : false,
      "full_text" : "@labssacm Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1072438144861087317",
      "in_reply_to_status_id" : "1072438144861087317",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "2",
      "id_str" : "613443538767346761",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "613443538767346761",
      "created_at" : "Sun May 11 20:53:43 +0000 2014",
      "favorited" : false,
      "full_text" : "@labssacm Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "336364227910874907",
      "in_reply_to_status_id" : "336364227910874907",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Andrés Núñez",
            "screen_name" : "andres77",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700125961",
            "id" : "700125961"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "999265948245816829",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "999265948245816829",
      "created_at" : "Fri May 09 22:37:01 +0000 2014",
      "favorited" : false,
      "full_text" : "@andres77 Dziękuję, do zobaczenia",
      "lang" : "en",
      "in_reply_to_status_id_str" : "816788463433089973",
      "in_reply_to_status_id" : "816788463433089973",
      "in_reply_to_user_id" : "700125961",
      "in_reply_to_user_id_str" : "700125961",
      "in_reply_to_screen_name" : "andres77"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Benoît Durand",
            "screen_name" : "benoit.durand",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700131127",
            "id" : "700131127"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "1134719140149874471",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1134719140149874471",
      "created_at" : "Tue May 06 01:35:09 +0000 2014",
      "favorited" : false,
      "full_text" : "@benoit.durand Miss you guys ❤️",
      "lang" : "en",
      "in_reply_to_status_id_str" : "586473547515095408",
      "in_reply_to_status_id" : "586473547515095408",
      "in_reply_to_user_id" : "700131127",
      "in_reply_to_user_id_str" : "700131127",
      "in_reply_to_screen_name" : "benoit.durand"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carol Spencer",
            "screen_name" : "carol.art",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700108069",
            "id" : "700108069"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "6",
      "id_str" : "453153723752467474",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "453153723752467474",
      "created_at" : "Thu May 01 02:24:07 +0000 2014",
      "favorited" : false,
      "full_text" : "@carol.art Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "245771259577205711",
      "in_reply_to_status_id" : "245771259577205711",
      "in_reply_to_user_id" : "700108069",
      "in_reply_to_user_id_str" : "700108069",
      "in_reply_to_screen_name" : "carol.art"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Astrid Bjørklund",
            "screen_name" : "astrid_bjo16",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700042234",
            "id" : "700042234"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "390778013225370404",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "390778013225370404",
      "created_at" : "Sat Apr 26 10:26:03 +0000 2014",
      "favorited" : false,
      "full_text" : "@astrid_bjo16 See you tomorrow",
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
            "name" : "Carol Spencer",
            "screen_name" : "carol.art",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700108069",
            "id" : "700108069"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "5",
      "id_str" : "603164777616349496",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "603164777616349496",
      "created_at" : "Fri Apr 25 11:47:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@carol.art Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "53813551456537656",
      "in_reply_to_status_id" : "53813551456537656",
      "in_reply_to_user_id" : "700108069",
      "in_reply_to_user_id_str" : "700108069",
      "in_reply_to_screen_name" : "carol.art"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "David Lee",
            "screen_name" : "david.lee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700081462",
            "id" : "700081462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "7",
      "id_str" : "40450013019026854",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "40450013019026854",
      "created_at" : "Wed Apr 23 16:58:26 +0000 2014",
      "favorited" : false,
      "full_text" : "@david.lee Merci beaucoup !",
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
            "name" : "Δημήτρης Νικηφοριάδης",
            "screen_name" : "434g",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700016432",
            "id" : "700016432"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "5",
      "id_str" : "380906281369059640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "380906281369059640",
      "created_at" : "Tue Apr 22 15:33:25 +0000 2014",
      "favorited" : false,
      "full_text" : "@434g I'll call you later",
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
            "name" : "Joana Gonçalves",
            "screen_name" : "goncalvesj",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700131190",
            "id" : "700131190"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "8",
      "id_str" : "841030957419331670",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "841030957419331670",
      "created_at" : "Mon Apr 21 08:41:39 +0000 2014",
      "favorited" : false,
      "full_text" : "@goncalvesj Merci beaucoup !",
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
            "name" : "Amit Vyas",
            "screen_name" : "amit85",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700074378",
            "id" : "700074378"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "7",
      "id_str" : "1064581521409367049",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1064581521409367049",
      "created_at" : "Wed Apr 16 16:26:18 +0000 2014",
      "favorited" : false,
      "full_text" : "@amit85 Let's catch up soon",
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
            "name" : "Carol Spencer",
            "screen_name" : "carol.art",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700108069",
            "id" : "700108069"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "6",
      "id_str" : "715474418202590241",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "715474418202590241",
      "created_at" : "Sun Apr 13 22:17:58 +0000 2014",
      "favorited" : false,
      "full_text" : "@carol.art Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "123029290592759987",
      "in_reply_to_status_id" : "123029290592759987",
      "in_reply_to_user_id" : "700108069",
      "in_reply_to_user_id_str" : "700108069",
      "in_reply_to_screen_name" : "carol.art"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carol Spencer",
            "screen_name" : "carol.art",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700108069",
            "id" : "700108069"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "6",
      "id_str" : "466921816136255412",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "466921816136255412",
      "created_at" : "Thu Apr 10 18:36:05 +0000 2014",
      "favorited" : false,
      "full_text" : "@carol.art I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "881835460640577027",
      "in_reply_to_status_id" : "881835460640577027",
      "in_reply_to_user_id" : "700108069",
      "in_reply_to_user_id_str" : "700108069",
      "in_reply_to_screen_name" : "carol.art"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Florian Blummeier",
            "screen_name" : "florian_blummeier",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700045650",
            "id" : "700045650"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "5",
      "id_str" : "445496894035343861",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "445496894035343861",
      "created_at" : "Mon Apr 07 21:50:46 +0000 2014",
      "favorited" : false,
      "full_text" : "@florian_blummeier Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "389011978384528028",
      "in_reply_to_status_id" : "389011978384528028",
      "in_reply_to_user_id" : "700045650",
      "in_reply_to_user_id_str" : "700045650",
      "in_reply_to_screen_name" : "florian_blummeier"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "726672234608048560",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "726672234608048560",
      "created_at" : "Sat Apr 05 11:13:50 +0000 2014",
      "favorited" : false,
      "full_text" : "@labssacm Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "416043643708952110",
      "in_reply_to_status_id" : "416043643708952110",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Benoît Durand",
            "screen_name" : "benoit.durand",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700131127",
            "id" : "700131127"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "82007586860248082",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "82007586860248082",
      "created_at" : "Fri Apr 04 00:04:18 +0000 2014",
      "favorited" : false,
      "full_text" : "@benoit.durand Merci beaucoup !",
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
            "name" : "Joana Gonçalves",
            "screen_name" : "goncalvesj",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700131190",
            "id" : "700131190"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "4",
      "id_str" : "653754264083509297",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "653754264083509297",
      "created_at" : "Thu Apr 03 00:42:02 +0000 2014",
      "favorited" : false,
      "full_text" : "@goncalvesj Interesting point, I agree",
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
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "7",
      "id_str" : "739909051939503483",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "739909051939503483",
      "created_at" : "Mon Mar 31 05:52:14 +0000 2014",
      "favorited" : false,
      "full_text" : "@labssacm Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "847774026467556530",
      "in_reply_to_status_id" : "847774026467556530",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Florian Blummeier",
            "screen_name" : "florian_blummeier",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700045650",
            "id" : "700045650"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "1",
      "id_str" : "586661263528747463",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "586661263528747463",
      "created_at" : "Sun Mar 30 15:55:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@florian_blummeier OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "368194171312707045",
      "in_reply_to_status_id" : "368194171312707045",
      "in_reply_to_user_id" : "700045650",
      "in_reply_to_user_id_str" : "700045650",
      "in_reply_to_screen_name" : "florian_blummeier"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amit Vyas",
            "screen_name" : "amit85",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700074378",
            "id" : "700074378"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "3",
      "id_str" : "629676787522653202",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "629676787522653202",
      "created_at" : "Sat Mar 29 13:25:12 +0000 2014",
      "favorited" : false,
      "full_text" : "@amit85 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "831130305852227343",
      "in_reply_to_status_id" : "831130305852227343",
      "in_reply_to_user_id" : "700074378",
      "in_reply_to_user_id_str" : "700074378",
      "in_reply_to_screen_name" : "amit85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nguyễn Minh Hương",
            "screen_name" : "minhhuong.runs",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700144679",
            "id" : "700144679"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "3",
      "id_str" : "1110610201295223961",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1110610201295223961",
      "created_at" : "Sat Mar 29 11:07:51 +0000 2014",
      "favorited" : false,
      "full_text" : "@minhhuong.runs Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1012339249073348722",
      "in_reply_to_status_id" : "1012339249073348722",
      "in_reply_to_user_id" : "700144679",
      "in_reply_to_user_id_str" : "700144679",
      "in_reply_to_screen_name" : "minhhuong.runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amit Vyas",
            "screen_name" : "amit85",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700074378",
            "id" : "700074378"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "11",
      "id_str" : "1037924693547032780",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1037924693547032780",
      "created_at" : "Mon Mar 24 08:52:33 +0000 2014",
      "favorited" : false,
      "full_text" : "@amit85 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "487145488084068158",
      "in_reply_to_status_id" : "487145488084068158",
      "in_reply_to_user_id" : "700074378",
      "in_reply_to_user_id_str" : "700074378",
      "in_reply_to_screen_name" : "amit85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "4",
      "id_str" : "421848715982624171",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "421848715982624171",
      "created_at" : "Thu Mar 20 22:30:13 +0000 2014",
      "favorited" : false,
      "full_text" : "@labssacm See you tomorrow",
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
            "name" : "Imogen Hughes",
            "screen_name" : "imogen_hug41",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700141382",
            "id" : "700141382"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "7",
      "id_str" : "129214262684859206",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "129214262684859206",
      "created_at" : "Thu Mar 20 06:04:36 +0000 2014",
      "favorited" : false,
      "full_text" : "@imogen_hug41 I'll call you later",
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
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "5",
      "id_str" : "790674115609283182",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "790674115609283182",
      "created_at" : "Sun Mar 02 05:03:38 +0000 2014",
      "favorited" : false,
      "full_text" : "@fernandoibona Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "571612319859586610",
      "in_reply_to_status_id" : "571612319859586610",
      "in_reply_to_user_id" : "700001235",
      "in_reply_to_user_id_str" : "700001235",
      "in_reply_to_screen_name" : "fernandoibona"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Astrid Bjørklund",
            "screen_name" : "astrid_bjo16",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700042234",
            "id" : "700042234"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "4",
      "id_str" : "292612702165411444",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "292612702165411444",
      "created_at" : "Sat Feb 22 11:58:23 +0000 2014",
      "favorited" : false,
      "full_text" : "@astrid_bjo16 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "971029103002173930",
      "in_reply_to_status_id" : "971029103002173930",
      "in_reply_to_user_id" : "700042234",
      "in_reply_to_user_id_str" : "700042234",
      "in_reply_to_screen_name" : "astrid_bjo16"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amit Vyas",
            "screen_name" : "amit85",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700074378",
            "id" : "700074378"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "1",
      "id_str" : "379976099276427626",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "379976099276427626",
      "created_at" : "Wed Feb 19 22:31:22 +0000 2014",
      "favorited" : false,
      "full_text" : "@amit85 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "479866462780754658",
      "in_reply_to_status_id" : "479866462780754658",
      "in_reply_to_user_id" : "700074378",
      "in_reply_to_user_id_str" : "700074378",
      "in_reply_to_screen_name" : "amit85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "379187873164163054",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "379187873164163054",
      "created_at" : "Wed Feb 19 10:55:27 +0000 2014",
      "favorited" : false,
      "full_text" : "@fernandoibona Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "320084292598811716",
      "in_reply_to_status_id" : "320084292598811716",
      "in_reply_to_user_id" : "700001235",
      "in_reply_to_user_id_str" : "700001235",
      "in_reply_to_screen_name" : "fernandoibona"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Birgit Sauer",
            "screen_name" : "birgit80",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700110911",
            "id" : "700110911"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "8",
      "id_str" : "129162672079069746",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "129162672079069746",
      "created_at" : "Wed Feb 19 09:07:23 +0000 2014",
      "favorited" : false,
      "full_text" : "@birgit80 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "216509987798474779",
      "in_reply_to_status_id" : "216509987798474779",
      "in_reply_to_user_id" : "700110911",
      "in_reply_to_user_id_str" : "700110911",
      "in_reply_to_screen_name" : "birgit80"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "4",
      "id_str" : "60086991819492331",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "60086991819492331",
      "created_at" : "Sat Feb 15 16:00:12 +0000 2014",
      "favorited" : false,
      "full_text" : "@fernandoibona Long time no see!",
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
            "name" : "Nguyễn Minh Hương",
            "screen_name" : "minhhuong.runs",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700144679",
            "id" : "700144679"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "982939520982485696",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "982939520982485696",
      "created_at" : "Fri Feb 14 00:10:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@minhhuong.runs I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "929180146780991306",
      "in_reply_to_status_id" : "929180146780991306",
      "in_reply_to_user_id" : "700144679",
      "in_reply_to_user_id_str" : "700144679",
      "in_reply_to_screen_name" : "minhhuong.runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nguyễn Minh Hương",
            "screen_name" : "minhhuong.runs",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700144679",
            "id" : "700144679"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "3",
      "id_str" : "297396763574669225",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "297396763574669225",
      "created_at" : "Tue Feb 11 18:09:31 +0000 2014",
      "favorited" : false,
      "full_text" : "@minhhuong.runs Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "326245503575074912",
      "in_reply_to_status_id" : "326245503575074912",
      "in_reply_to_user_id" : "700144679",
      "in_reply_to_user_id_str" : "700144679",
      "in_reply_to_screen_name" : "minhhuong.runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ömer Uzcan",
            "screen_name" : "omeruzcan",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700090982",
            "id" : "700090982"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "3",
      "id_str" : "1124838394914884045",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1124838394914884045",
      "created_at" : "Tue Feb 11 04:52:10 +0000 2014",
      "favorited" : false,
      "full_text" : "@omeruzcan I'll call you later",
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
            "name" : "Imogen Hughes",
            "screen_name" : "imogen_hug41",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700141382",
            "id" : "700141382"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "3",
      "id_str" : "190610800023133124",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "190610800023133124",
      "created_at" : "Thu Feb 06 20:34:47 +0000 2014",
      "favorited" : false,
      "full_text" : "@imogen_hug41 Are you coming on Saturday?",
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
            "name" : "Birgit Sauer",
            "screen_name" : "birgit80",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700110911",
            "id" : "700110911"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "4",
      "id_str" : "743670531084737108",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "743670531084737108",
      "created_at" : "Mon Feb 03 01:16:52 +0000 2014",
      "favorited" : false,
      "full_text" : "@birgit80 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "709442064203614521",
      "in_reply_to_status_id" : "709442064203614521",
      "in_reply_to_user_id" : "700110911",
      "in_reply_to_user_id_str" : "700110911",
      "in_reply_to_screen_name" : "birgit80"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "岡田真海",
            "screen_name" : "jap_267",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700013863",
            "id" : "700013863"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "2",
      "id_str" : "90140814360038100",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "90140814360038100",
      "created_at" : "Fri Jan 31 22:59:39 +0000 2014",
      "favorited" : false,
      "full_text" : "@jap_267 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "499973625590213254",
      "in_reply_to_status_id" : "499973625590213254",
      "in_reply_to_user_id" : "700013863",
      "in_reply_to_user_id_str" : "700013863",
      "in_reply_to_screen_name" : "jap_267"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "9",
      "id_str" : "229034676557399062",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "229034676557399062",
      "created_at" : "Wed Jan 29 16:49:57 +0000 2014",
      "favorited" : false,
      "full_text" : "@labssacm Did you see the article I posted?",
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
            "name" : "Fernando Ibona",
            "screen_name" : "fernandoibona",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700001235",
            "id" : "700001235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "1",
      "id_str" : "718973896628055076",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "718973896628055076",
      "created_at" : "Tue Jan 21 06:43:05 +0000 2014",
      "favorited" : false,
      "full_text" : "@fernandoibona Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1150553949663913068",
      "in_reply_to_status_id" : "1150553949663913068",
      "in_reply_to_user_id" : "700001235",
      "in_reply_to_user_id_str" : "700001235",
      "in_reply_to_screen_name" : "fernandoibona"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "2",
      "id_str" : "198332116561803235",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "198332116561803235",
      "created_at" : "Fri Jan 17 19:46:32 +0000 2014",
      "favorited" : false,
      "full_text" : "@labssacm Merci beaucoup !",
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
            "name" : "朱子阳",
            "screen_name" : "chi.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700076611",
            "id" : "700076611"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "904999318251751384",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "904999318251751384",
      "created_at" : "Thu Jan 16 09:24:33 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi.dev Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "590835444006070657",
      "in_reply_to_status_id" : "590835444006070657",
      "in_reply_to_user_id" : "700076611",
      "in_reply_to_user_id_str" : "700076611",
      "in_reply_to_screen_name" : "chi.dev"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Birgit Sauer",
            "screen_name" : "birgit80",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700110911",
            "id" : "700110911"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "6",
      "id_str" : "1059191788975662057",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1059191788975662057",
      "created_at" : "Mon Jan 13 18:30:13 +0000 2014",
      "favorited" : false,
      "full_text" : "@birgit80 Merci beaucoup !",
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
            "name" : "David Smith",
            "screen_name" : "dsmith99",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700123105",
            "id" : "700123105"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "370081998583276180",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "370081998583276180",
      "created_at" : "Wed Jan 08 11:50:55 +0000 2014",
      "favorited" : false,
      "full_text" : "@dsmith99 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "668710374199219566",
      "in_reply_to_status_id" : "668710374199219566",
      "in_reply_to_user_id" : "700123105",
      "in_reply_to_user_id_str" : "700123105",
      "in_reply_to_screen_name" : "dsmith99"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Piotr Rutkowski",
            "screen_name" : "prutkowski41",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700101769",
            "id" : "700101769"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "1",
      "id_str" : "784695434009849833",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "784695434009849833",
      "created_at" : "Tue Dec 24 22:01:35 +0000 2013",
      "favorited" : false,
      "full_text" : "@prutkowski41 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "942500826986713931",
      "in_reply_to_status_id" : "942500826986713931",
      "in_reply_to_user_id" : "700101769",
      "in_reply_to_user_id_str" : "700101769",
      "in_reply_to_screen_name" : "prutkowski41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "4",
      "id_str" : "603536039643049110",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "603536039643049110",
      "created_at" : "Tue Dec 24 20:23:15 +0000 2013",
      "favorited" : false,
      "full_text" : "@labssacm I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "70913991766764826",
      "in_reply_to_status_id" : "70913991766764826",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nikhil Gupta",
            "screen_name" : "nikhil72",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700085704",
            "id" : "700085704"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "6",
      "id_str" : "879937211416622730",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "879937211416622730",
      "created_at" : "Thu Dec 19 18:08:23 +0000 2013",
      "favorited" : false,
      "full_text" : "@nikhil72 Köszönöm szépen!",
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
            "name" : "岡田真海",
            "screen_name" : "jap_267",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700013863",
            "id" : "700013863"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "3",
      "id_str" : "1147613427262957861",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1147613427262957861",
      "created_at" : "Tue Dec 17 00:06:50 +0000 2013",
      "favorited" : false,
      "full_text" : "@jap_267 Let's catch up soon",
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
            "name" : "岡田真海",
            "screen_name" : "jap_267",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700013863",
            "id" : "700013863"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "3",
      "id_str" : "71234328360506467",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "71234328360506467",
      "created_at" : "Mon Dec 16 12:25:49 +0000 2013",
      "favorited" : false,
      "full_text" : "@jap_267 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "210415012166797702",
      "in_reply_to_status_id" : "210415012166797702",
      "in_reply_to_user_id" : "700013863",
      "in_reply_to_user_id_str" : "700013863",
      "in_reply_to_screen_name" : "jap_267"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "2",
      "id_str" : "247161989229035323",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "247161989229035323",
      "created_at" : "Tue Dec 10 14:50:58 +0000 2013",
      "favorited" : false,
      "full_text" : "@labssacm Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "810865876775538510",
      "in_reply_to_status_id" : "810865876775538510",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nikhil Gupta",
            "screen_name" : "nikhil72",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700085704",
            "id" : "700085704"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "547644273503573855",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "547644273503573855",
      "created_at" : "Mon Dec 09 09:05:57 +0000 2013",
      "favorited" : false,
      "full_text" : "@nikhil72 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "678410445953720110",
      "in_reply_to_status_id" : "678410445953720110",
      "in_reply_to_user_id" : "700085704",
      "in_reply_to_user_id_str" : "700085704",
      "in_reply_to_screen_name" : "nikhil72"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Birgit Sauer",
            "screen_name" : "birgit80",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700110911",
            "id" : "700110911"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "5",
      "id_str" : "902734802293516204",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "902734802293516204",
      "created_at" : "Wed Dec 04 13:27:37 +0000 2013",
      "favorited" : false,
      "full_text" : "@birgit80 That photo is amazing 📸",
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
            "name" : "Piotr Rutkowski",
            "screen_name" : "prutkowski41",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700101769",
            "id" : "700101769"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "5",
      "id_str" : "964407795625976523",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "964407795625976523",
      "created_at" : "Wed Dec 04 09:47:14 +0000 2013",
      "favorited" : false,
      "full_text" : "@prutkowski41 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1046710413764078600",
      "in_reply_to_status_id" : "1046710413764078600",
      "in_reply_to_user_id" : "700101769",
      "in_reply_to_user_id_str" : "700101769",
      "in_reply_to_screen_name" : "prutkowski41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nikhil Gupta",
            "screen_name" : "nikhil72",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700085704",
            "id" : "700085704"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "3",
      "id_str" : "216077418655597403",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "216077418655597403",
      "created_at" : "Sun Dec 01 22:09:25 +0000 2013",
      "favorited" : false,
      "full_text" : "@nikhil72 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "876322535426015926",
      "in_reply_to_status_id" : "876322535426015926",
      "in_reply_to_user_id" : "700085704",
      "in_reply_to_user_id_str" : "700085704",
      "in_reply_to_screen_name" : "nikhil72"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Birgit Sauer",
            "screen_name" : "birgit80",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700110911",
            "id" : "700110911"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "133136577038111870",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "133136577038111870",
      "created_at" : "Thu Nov 28 20:51:17 +0000 2013",
      "favorited" : false,
      "full_text" : "@birgit80 I'll call you later",
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
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "4",
      "id_str" : "300602324766395512",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "300602324766395512",
      "created_at" : "Mon Nov 18 02:40:10 +0000 2013",
      "favorited" : false,
      "full_text" : "@labssacm OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1034245007038806971",
      "in_reply_to_status_id" : "1034245007038806971",
      "in_reply_to_user_id" : "700048338",
      "in_reply_to_user_id_str" : "700048338",
      "in_reply_to_screen_name" : "labssacm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nikhil Gupta",
            "screen_name" : "nikhil72",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700085704",
            "id" : "700085704"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "2",
      "id_str" : "674761434822896797",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "674761434822896797",
      "created_at" : "Thu Nov 14 07:19:17 +0000 2013",
      "favorited" : false,
      "full_text" : "@nikhil72 Did you see the article I posted?",
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
            "name" : "Astrid Bjørklund",
            "screen_name" : "astrid_bjo16",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700042234",
            "id" : "700042234"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "1137669718199184035",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1137669718199184035",
      "created_at" : "Tue Nov 12 14:25:52 +0000 2013",
      "favorited" : false,
      "full_text" : "@astrid_bjo16 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "793352047764830693",
      "in_reply_to_status_id" : "793352047764830693",
      "in_reply_to_user_id" : "700042234",
      "in_reply_to_user_id_str" : "700042234",
      "in_reply_to_screen_name" : "astrid_bjo16"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ömer Uzcan",
            "screen_name" : "omeruzcan",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700090982",
            "id" : "700090982"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "3",
      "id_str" : "1010796802880482868",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1010796802880482868",
      "created_at" : "Tue Nov 12 06:33:21 +0000 2013",
      "favorited" : false,
      "full_text" : "@omeruzcan Can you send me the slides?",
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
            "name" : "Piotr Rutkowski",
            "screen_name" : "prutkowski41",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700101769",
            "id" : "700101769"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "4",
      "id_str" : "815296009569810673",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "815296009569810673",
      "created_at" : "Sun Nov 10 20:04:10 +0000 2013",
      "favorited" : false,
      "full_text" : "@prutkowski41 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "247689151806712413",
      "in_reply_to_status_id" : "247689151806712413",
      "in_reply_to_user_id" : "700101769",
      "in_reply_to_user_id_str" : "700101769",
      "in_reply_to_screen_name" : "prutkowski41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Birgit Sauer",
            "screen_name" : "birgit80",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700110911",
            "id" : "700110911"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "2",
      "id_str" : "483562325379222145",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "483562325379222145",
      "created_at" : "Mon Oct 28 06:31:32 +0000 2013",
      "favorited" : false,
      "full_text" : "@birgit80 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "967866015141420240",
      "in_reply_to_status_id" : "967866015141420240",
      "in_reply_to_user_id" : "700110911",
      "in_reply_to_user_id_str" : "700110911",
      "in_reply_to_screen_name" : "birgit80"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Piotr Rutkowski",
            "screen_name" : "prutkowski41",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700101769",
            "id" : "700101769"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "5",
      "id_str" : "943324509077380431",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "943324509077380431",
      "created_at" : "Fri Oct 25 00:13:55 +0000 2013",
      "favorited" : false,
      "full_text" : "@prutkowski41 ¿Qué tal todo?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "349715661602813901",
      "in_reply_to_status_id" : "349715661602813901",
      "in_reply_to_user_id" : "700101769",
      "in_reply_to_user_id_str" : "700101769",
      "in_reply_to_screen_name" : "prutkowski41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Birgit Sauer",
            "screen_name" : "birgit80",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700110911",
            "id" : "700110911"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "232584429046255389",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "232584429046255389",
      "created_at" : "Wed Oct 23 09:14:37 +0000 2013",
      "favorited" : false,
      "full_text" : "@birgit80 Спасибо, увидимся",
      "lang" : "en",
      "in_reply_to_status_id_str" : "928295757965452602",
      "in_reply_to_status_id" : "928295757965452602",
      "in_reply_to_user_id" : "700110911",
      "in_reply_to_user_id_str" : "700110911",
      "in_reply_to_screen_name" : "birgit80"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Astrid Bjørklund",
            "screen_name" : "astrid_bjo16",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700042234",
            "id" : "700042234"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "5",
      "id_str" : "922358800040928019",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "922358800040928019",
      "created_at" : "Fri Oct 18 16:39:13 +0000 2013",
      "favorited" : false,
      "full_text" : "@astrid_bjo16 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "169968860712392503",
      "in_reply_to_status_id" : "169968860712392503",
      "in_reply_to_user_id" : "700042234",
      "in_reply_to_user_id_str" : "700042234",
      "in_reply_to_screen_name" : "astrid_bjo16"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ömer Uzcan",
            "screen_name" : "omeruzcan",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700090982",
            "id" : "700090982"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "5",
      "id_str" : "1065536447377419183",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1065536447377419183",
      "created_at" : "Mon Oct 14 09:57:02 +0000 2013",
      "favorited" : false,
      "full_text" : "@omeruzcan Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "22649728134422301",
      "in_reply_to_status_id" : "22649728134422301",
      "in_reply_to_user_id" : "700090982",
      "in_reply_to_user_id_str" : "700090982",
      "in_reply_to_screen_name" : "omeruzcan"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Piotr Rutkowski",
            "screen_name" : "prutkowski41",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700101769",
            "id" : "700101769"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "4",
      "id_str" : "650007938944477388",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "650007938944477388",
      "created_at" : "Fri Oct 11 16:20:21 +0000 2013",
      "favorited" : false,
      "full_text" : "@prutkowski41 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "761121234704856766",
      "in_reply_to_status_id" : "761121234704856766",
      "in_reply_to_user_id" : "700101769",
      "in_reply_to_user_id_str" : "700101769",
      "in_reply_to_screen_name" : "prutkowski41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "2",
      "id_str" : "501494373449382648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "501494373449382648",
      "created_at" : "Fri Oct 11 13:48:43 +0000 2013",
      "favorited" : false,
      "full_text" : "@labssacm Hi! How are you?",
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
            "name" : "Ömer Uzcan",
            "screen_name" : "omeruzcan",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700090982",
            "id" : "700090982"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "638383747697966857",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "638383747697966857",
      "created_at" : "Wed Oct 09 06:19:36 +0000 2013",
      "favorited" : false,
      "full_text" : "@omeruzcan Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "211369068349452806",
      "in_reply_to_status_id" : "211369068349452806",
      "in_reply_to_user_id" : "700090982",
      "in_reply_to_user_id_str" : "700090982",
      "in_reply_to_screen_name" : "omeruzcan"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mathilde Labssac",
            "screen_name" : "labssacm",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700048338",
            "id" : "700048338"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "1",
      "id_str" : "861003059167466439",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "861003059167466439",
      "created_at" : "Tue Oct 08 23:54:04 +0000 2013",
      "favorited" : false,
      "full_text" : "@labssacm See you tomorrow",
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
            "name" : "Astrid Bjørklund",
            "screen_name" : "astrid_bjo16",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700042234",
            "id" : "700042234"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "1",
      "id_str" : "882406117223554993",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "882406117223554993",
      "created_at" : "Mon Sep 30 21:05:46 +0000 2013",
      "favorited" : false,
      "full_text" : "@astrid_bjo16 Tack så mycket",
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
            "name" : "Jack Brookton",
            "screen_name" : "jack.brookton",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700096596",
            "id" : "700096596"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "3",
      "id_str" : "949149108938020741",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "949149108938020741",
      "created_at" : "Sun Sep 29 22:33:04 +0000 2013",
      "favorited" : false,
      "full_text" : "@jack.brookton OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "276585325190735775",
      "in_reply_to_status_id" : "276585325190735775",
      "in_reply_to_user_id" : "700096596",
      "in_reply_to_user_id_str" : "700096596",
      "in_reply_to_screen_name" : "jack.brookton"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Piotr Rutkowski",
            "screen_name" : "prutkowski41",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700101769",
            "id" : "700101769"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "7",
      "id_str" : "64250998834396401",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "64250998834396401",
      "created_at" : "Sat Sep 28 15:27:33 +0000 2013",
      "favorited" : false,
      "full_text" : "@prutkowski41 Yes, works for me",
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
            "name" : "Piotr Rutkowski",
            "screen_name" : "prutkowski41",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700101769",
            "id" : "700101769"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "2",
      "id_str" : "201770681956194682",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "201770681956194682",
      "created_at" : "Thu Sep 26 01:30:03 +0000 2013",
      "favorited" : false,
      "full_text" : "@prutkowski41 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "852084801864601516",
      "in_reply_to_status_id" : "852084801864601516",
      "in_reply_to_user_id" : "700101769",
      "in_reply_to_user_id_str" : "700101769",
      "in_reply_to_screen_name" : "prutkowski41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Grégoire Fabre",
            "screen_name" : "gregoire.fabre",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700121369",
            "id" : "700121369"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "2",
      "id_str" : "563128486264826886",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "563128486264826886",
      "created_at" : "Tue Sep 24 00:58:58 +0000 2013",
      "favorited" : false,
      "full_text" : "@gregoire.fabre Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "456756134395915765",
      "in_reply_to_status_id" : "456756134395915765",
      "in_reply_to_user_id" : "700121369",
      "in_reply_to_user_id_str" : "700121369",
      "in_reply_to_screen_name" : "gregoire.fabre"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "فاطمة كريم",
            "screen_name" : "ara05136",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700047127",
            "id" : "700047127"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "2",
      "id_str" : "991058714851592218",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "991058714851592218",
      "created_at" : "Thu Sep 19 06:08:04 +0000 2013",
      "favorited" : false,
      "full_text" : "@ara05136 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "269911063506212616",
      "in_reply_to_status_id" : "269911063506212616",
      "in_reply_to_user_id" : "700047127",
      "in_reply_to_user_id_str" : "700047127",
      "in_reply_to_screen_name" : "ara05136"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ahmet Ünal",
            "screen_name" : "ahmet.runs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700046399",
            "id" : "700046399"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "6",
      "id_str" : "345664841685975833",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "345664841685975833",
      "created_at" : "Sun Sep 15 04:39:44 +0000 2013",
      "favorited" : false,
      "full_text" : "@ahmet.runs Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "587336604481665861",
      "in_reply_to_status_id" : "587336604481665861",
      "in_reply_to_user_id" : "700046399",
      "in_reply_to_user_id_str" : "700046399",
      "in_reply_to_screen_name" : "ahmet.runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "David Smith",
            "screen_name" : "dsmith99",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700123105",
            "id" : "700123105"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "494090354985855274",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "494090354985855274",
      "created_at" : "Fri Sep 13 15:09:13 +0000 2013",
      "favorited" : false,
      "full_text" : "@dsmith99 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "99081185979491424",
      "in_reply_to_status_id" : "99081185979491424",
      "in_reply_to_user_id" : "700123105",
      "in_reply_to_user_id_str" : "700123105",
      "in_reply_to_screen_name" : "dsmith99"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Piotr Rutkowski",
            "screen_name" : "prutkowski41",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700101769",
            "id" : "700101769"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "390012845354611649",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "390012845354611649",
      "created_at" : "Thu Sep 12 11:59:25 +0000 2013",
      "favorited" : false,
      "full_text" : "@prutkowski41 I'll call you later",
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
            "name" : "Ömer Uzcan",
            "screen_name" : "omeruzcan",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700090982",
            "id" : "700090982"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "4",
      "id_str" : "1105666663664168678",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1105666663664168678",
      "created_at" : "Mon Sep 02 18:37:54 +0000 2013",
      "favorited" : false,
      "full_text" : "@omeruzcan Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "305776505492236546",
      "in_reply_to_status_id" : "305776505492236546",
      "in_reply_to_user_id" : "700090982",
      "in_reply_to_user_id_str" : "700090982",
      "in_reply_to_screen_name" : "omeruzcan"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rubén Ibáñez",
            "screen_name" : "ruben_iba91",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700045608",
            "id" : "700045608"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "898438724260810813",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "898438724260810813",
      "created_at" : "Sat Aug 31 21:37:00 +0000 2013",
      "favorited" : false,
      "full_text" : "@ruben_iba91 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "721774288394812070",
      "in_reply_to_status_id" : "721774288394812070",
      "in_reply_to_user_id" : "700045608",
      "in_reply_to_user_id_str" : "700045608",
      "in_reply_to_screen_name" : "ruben_iba91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ömer Uzcan",
            "screen_name" : "omeruzcan",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700090982",
            "id" : "700090982"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "2",
      "id_str" : "719303432702378326",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "719303432702378326",
      "created_at" : "Fri Aug 23 04:14:19 +0000 2013",
      "favorited" : false,
      "full_text" : "@omeruzcan Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "922020410259120525",
      "in_reply_to_status_id" : "922020410259120525",
      "in_reply_to_user_id" : "700090982",
      "in_reply_to_user_id_str" : "700090982",
      "in_reply_to_screen_name" : "omeruzcan"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ömer Uzcan",
            "screen_name" : "omeruzcan",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700090982",
            "id" : "700090982"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "266725735588841460",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "266725735588841460",
      "created_at" : "Fri Aug 23 01:55:01 +0000 2013",
      "favorited" : false,
      "full_text" : "@omeruzcan Danke dir, bis später",
      "lang" : "en",
      "in_reply_to_status_id_str" : "477160138652622031",
      "in_reply_to_status_id" : "477160138652622031",
      "in_reply_to_user_id" : "700090982",
      "in_reply_to_user_id_str" : "700090982",
      "in_reply_to_screen_name" : "omeruzcan"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "朱子阳",
            "screen_name" : "chi.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700076611",
            "id" : "700076611"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "0",
      "id_str" : "1046516323089287767",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1046516323089287767",
      "created_at" : "Sat Aug 17 22:56:34 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi.dev Haha yes 😂",
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
            "name" : "Ahmet Ünal",
            "screen_name" : "ahmet.runs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700046399",
            "id" : "700046399"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "3",
      "id_str" : "117287677026559148",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "117287677026559148",
      "created_at" : "Sun Aug 11 23:09:27 +0000 2013",
      "favorited" : false,
      "full_text" : "@ahmet.runs See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "749752260303975993",
      "in_reply_to_status_id" : "749752260303975993",
      "in_reply_to_user_id" : "700046399",
      "in_reply_to_user_id_str" : "700046399",
      "in_reply_to_screen_name" : "ahmet.runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "فاطمة كريم",
            "screen_name" : "ara05136",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700047127",
            "id" : "700047127"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "7",
      "id_str" : "845536591768953812",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "845536591768953812",
      "created_at" : "Fri Aug 09 12:16:56 +0000 2013",
      "favorited" : false,
      "full_text" : "@ara05136 Interesting point, I agree",
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
            "name" : "Jack Brookton",
            "screen_name" : "jack.brookton",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700096596",
            "id" : "700096596"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "1132415804061956735",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1132415804061956735",
      "created_at" : "Sun Aug 04 04:16:43 +0000 2013",
      "favorited" : false,
      "full_text" : "@jack.brookton See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "353433023045166551",
      "in_reply_to_status_id" : "353433023045166551",
      "in_reply_to_user_id" : "700096596",
      "in_reply_to_user_id_str" : "700096596",
      "in_reply_to_screen_name" : "jack.brookton"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ayşe Kayhan",
            "screen_name" : "akayhan52",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700078879",
            "id" : "700078879"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "4",
      "id_str" : "980365051362918700",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "980365051362918700",
      "created_at" : "Mon Jul 29 00:43:34 +0000 2013",
      "favorited" : false,
      "full_text" : "@akayhan52 ¿Qué tal todo?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "531013030601272233",
      "in_reply_to_status_id" : "531013030601272233",
      "in_reply_to_user_id" : "700078879",
      "in_reply_to_user_id_str" : "700078879",
      "in_reply_to_screen_name" : "akayhan52"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ayşe Kayhan",
            "screen_name" : "akayhan52",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700078879",
            "id" : "700078879"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "3",
      "id_str" : "901192377828322195",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "901192377828322195",
      "created_at" : "Thu Jul 25 12:23:04 +0000 2013",
      "favorited" : false,
      "full_text" : "@akayhan52 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "595967081738774578",
      "in_reply_to_status_id" : "595967081738774578",
      "in_reply_to_user_id" : "700078879",
      "in_reply_to_user_id_str" : "700078879",
      "in_reply_to_screen_name" : "akayhan52"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "朱子阳",
            "screen_name" : "chi.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700076611",
            "id" : "700076611"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "3",
      "id_str" : "823476333516554656",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "823476333516554656",
      "created_at" : "Wed Jul 24 21:49:54 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi.dev Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "940189138777164059",
      "in_reply_to_status_id" : "940189138777164059",
      "in_reply_to_user_id" : "700076611",
      "in_reply_to_user_id_str" : "700076611",
      "in_reply_to_screen_name" : "chi.dev"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "فاطمة كريم",
            "screen_name" : "ara05136",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700047127",
            "id" : "700047127"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "3",
      "id_str" : "952741949455289940",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "952741949455289940",
      "created_at" : "Tue Jul 23 18:22:29 +0000 2013",
      "favorited" : false,
      "full_text" : "@ara05136 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "561513911705623734",
      "in_reply_to_status_id" : "561513911705623734",
      "in_reply_to_user_id" : "700047127",
      "in_reply_to_user_id_str" : "700047127",
      "in_reply_to_screen_name" : "ara05136"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ahmet Ünal",
            "screen_name" : "ahmet.runs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700046399",
            "id" : "700046399"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "313328522315008262",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "313328522315008262",
      "created_at" : "Tue Jul 23 01:02:17 +0000 2013",
      "favorited" : false,
      "full_text" : "@ahmet.runs Welcome to the team!",
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
            "name" : "Imogen Hughes",
            "screen_name" : "imogen_hug41",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700141382",
            "id" : "700141382"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "3",
      "id_str" : "178186078318878876",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "178186078318878876",
      "created_at" : "Tue Jul 16 03:28:00 +0000 2013",
      "favorited" : false,
      "full_text" : "@imogen_hug41 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "264306811746057066",
      "in_reply_to_status_id" : "264306811746057066",
      "in_reply_to_user_id" : "700141382",
      "in_reply_to_user_id_str" : "700141382",
      "in_reply_to_screen_name" : "imogen_hug41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ahmet Ünal",
            "screen_name" : "ahmet.runs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700046399",
            "id" : "700046399"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "0",
      "id_str" : "1012318302800849580",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1012318302800849580",
      "created_at" : "Wed Jul 03 15:48:00 +0000 2013",
      "favorited" : false,
      "full_text" : "@ahmet.runs OK",
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
            "name" : "Tobias Hasselstein",
            "screen_name" : "tobiashasselstein85",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700139296",
            "id" : "700139296"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "707910877518741869",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "707910877518741869",
      "created_at" : "Sat Jun 22 20:39:04 +0000 2013",
      "favorited" : false,
      "full_text" : "@tobiashasselstein85 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "600882876228297072",
      "in_reply_to_status_id" : "600882876228297072",
      "in_reply_to_user_id" : "700139296",
      "in_reply_to_user_id_str" : "700139296",
      "in_reply_to_screen_name" : "tobiashasselstein85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "David Lee",
            "screen_name" : "david.lee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700081462",
            "id" : "700081462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "3",
      "id_str" : "393770940828743514",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "393770940828743514",
      "created_at" : "Sat Jun 15 07:51:48 +0000 2013",
      "favorited" : false,
      "full_text" : "@david.lee 谢谢你！",
      "lang" : "en",
      "in_reply_to_status_id_str" : "729609115963138656",
      "in_reply_to_status_id" : "729609115963138656",
      "in_reply_to_user_id" : "700081462",
      "in_reply_to_user_id_str" : "700081462",
      "in_reply_to_screen_name" : "david.lee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Brookton",
            "screen_name" : "jack.brookton",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700096596",
            "id" : "700096596"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "108171687342419177",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "108171687342419177",
      "created_at" : "Mon Jun 10 21:07:42 +0000 2013",
      "favorited" : false,
      "full_text" : "@jack.brookton Köszönöm szépen!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "314891956758680659",
      "in_reply_to_status_id" : "314891956758680659",
      "in_reply_to_user_id" : "700096596",
      "in_reply_to_user_id_str" : "700096596",
      "in_reply_to_screen_name" : "jack.brookton"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Imogen Hughes",
            "screen_name" : "imogen_hug41",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700141382",
            "id" : "700141382"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "2",
      "id_str" : "1009354427685837355",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1009354427685837355",
      "created_at" : "Sat Jun 01 04:40:25 +0000 2013",
      "favorited" : false,
      "full_text" : "@imogen_hug41 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "56608160318971826",
      "in_reply_to_status_id" : "56608160318971826",
      "in_reply_to_user_id" : "700141382",
      "in_reply_to_user_id_str" : "700141382",
      "in_reply_to_screen_name" : "imogen_hug41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Brookton",
            "screen_name" : "jack.brookton",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700096596",
            "id" : "700096596"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "2",
      "id_str" : "235936308843687330",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "235936308843687330",
      "created_at" : "Mon May 27 12:07:38 +0000 2013",
      "favorited" : false,
      "full_text" : "@jack.brookton Can you send me the slides?",
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
            "name" : "Tobias Hasselstein",
            "screen_name" : "tobiashasselstein85",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700139296",
            "id" : "700139296"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "4",
      "id_str" : "334691022450463864",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "334691022450463864",
      "created_at" : "Sat May 25 20:13:23 +0000 2013",
      "favorited" : false,
      "full_text" : "@tobiashasselstein85 ありがとう！",
      "lang" : "en",
      "in_reply_to_status_id_str" : "689147300425838011",
      "in_reply_to_status_id" : "689147300425838011",
      "in_reply_to_user_id" : "700139296",
      "in_reply_to_user_id_str" : "700139296",
      "in_reply_to_screen_name" : "tobiashasselstein85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marlene Krüger",
            "screen_name" : "krugerm",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700068393",
            "id" : "700068393"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "1",
      "id_str" : "570892658616296293",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "570892658616296293",
      "created_at" : "Tue May 21 00:19:47 +0000 2013",
      "favorited" : false,
      "full_text" : "@krugerm Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1088304872515445743",
      "in_reply_to_status_id" : "1088304872515445743",
      "in_reply_to_user_id" : "700068393",
      "in_reply_to_user_id_str" : "700068393",
      "in_reply_to_screen_name" : "krugerm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "David Lee",
            "screen_name" : "david.lee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700081462",
            "id" : "700081462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "1",
      "id_str" : "1048225344310088658",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1048225344310088658",
      "created_at" : "Wed May 08 04:15:57 +0000 2013",
      "favorited" : false,
      "full_text" : "@david.lee Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1029793271687601449",
      "in_reply_to_status_id" : "1029793271687601449",
      "in_reply_to_user_id" : "700081462",
      "in_reply_to_user_id_str" : "700081462",
      "in_reply_to_screen_name" : "david.lee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ahmet Ünal",
            "screen_name" : "ahmet.runs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700046399",
            "id" : "700046399"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "5",
      "id_str" : "188699665570987248",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "188699665570987248",
      "created_at" : "Tue May 07 01:27:23 +0000 2013",
      "favorited" : false,
      "full_text" : "@ahmet.runs Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1051495478575092621",
      "in_reply_to_status_id" : "1051495478575092621",
      "in_reply_to_user_id" : "700046399",
      "in_reply_to_user_id_str" : "700046399",
      "in_reply_to_screen_name" : "ahmet.runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Brookton",
            "screen_name" : "jack.brookton",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700096596",
            "id" : "700096596"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "3",
      "id_str" : "766958008001871349",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "766958008001871349",
      "created_at" : "Fri May 03 00:35:22 +0000 2013",
      "favorited" : false,
      "full_text" : "@jack.brookton Gracias, igualmente",
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
            "name" : "David Lee",
            "screen_name" : "david.lee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700081462",
            "id" : "700081462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "763022433566553375",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "763022433566553375",
      "created_at" : "Thu May 02 05:22:24 +0000 2013",
      "favorited" : false,
      "full_text" : "@david.lee Here is the link",
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
            "name" : "Ahmet Ünal",
            "screen_name" : "ahmet.runs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700046399",
            "id" : "700046399"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "409167371007244764",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "409167371007244764",
      "created_at" : "Fri Apr 19 05:45:42 +0000 2013",
      "favorited" : false,
      "full_text" : "@ahmet.runs Hi! How are you?",
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
            "name" : "Imogen Hughes",
            "screen_name" : "imogen_hug41",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700141382",
            "id" : "700141382"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "955695854295766902",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "955695854295766902",
      "created_at" : "Fri Apr 05 22:09:12 +0000 2013",
      "favorited" : false,
      "full_text" : "@imogen_hug41 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "791304415172164426",
      "in_reply_to_status_id" : "791304415172164426",
      "in_reply_to_user_id" : "700141382",
      "in_reply_to_user_id_str" : "700141382",
      "in_reply_to_screen_name" : "imogen_hug41"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Imogen Hughes",
            "screen_name" : "imogen_hug41",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700141382",
            "id" : "700141382"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "1",
      "id_str" : "1080069083110480320",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1080069083110480320",
      "created_at" : "Fri Apr 05 09:10:05 +0000 2013",
      "favorited" : false,
      "full_text" : "@imogen_hug41 I'll call you later",
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
            "name" : "Παναγιώτης Θεοδωρίδης",
            "screen_name" : "054g",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700033281",
            "id" : "700033281"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "3",
      "id_str" : "1126086206558289190",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1126086206558289190",
      "created_at" : "Thu Mar 28 14:53:14 +0000 2013",
      "favorited" : false,
      "full_text" : "@054g Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1014438904743804139",
      "in_reply_to_status_id" : "1014438904743804139",
      "in_reply_to_user_id" : "700033281",
      "in_reply_to_user_id_str" : "700033281",
      "in_reply_to_screen_name" : "054g"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tobias Hasselstein",
            "screen_name" : "tobiashasselstein85",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700139296",
            "id" : "700139296"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "2",
      "id_str" : "867068022982567845",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "867068022982567845",
      "created_at" : "Mon Mar 25 09:30:17 +0000 2013",
      "favorited" : false,
      "full_text" : "@tobiashasselstein85 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "928819262710369265",
      "in_reply_to_status_id" : "928819262710369265",
      "in_reply_to_user_id" : "700139296",
      "in_reply_to_user_id_str" : "700139296",
      "in_reply_to_screen_name" : "tobiashasselstein85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maëlle Valville",
            "screen_name" : "maelle94",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700033085",
            "id" : "700033085"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "1071406446784018932",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1071406446784018932",
      "created_at" : "Fri Mar 22 06:39:22 +0000 2013",
      "favorited" : false,
      "full_text" : "@maelle94 Danke dir, bis später",
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
            "name" : "高田蓮美",
            "screen_name" : "j06616",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700092200",
            "id" : "700092200"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "1",
      "id_str" : "1061280194300047291",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1061280194300047291",
      "created_at" : "Wed Feb 27 20:50:27 +0000 2013",
      "favorited" : false,
      "full_text" : "@j06616 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "930197676626075619",
      "in_reply_to_status_id" : "930197676626075619",
      "in_reply_to_user_id" : "700092200",
      "in_reply_to_user_id_str" : "700092200",
      "in_reply_to_screen_name" : "j06616"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tobias Hasselstein",
            "screen_name" : "tobiashasselstein85",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700139296",
            "id" : "700139296"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "293171097303287428",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "293171097303287428",
      "created_at" : "Tue Feb 19 22:46:56 +0000 2013",
      "favorited" : false,
      "full_text" : "@tobiashasselstein85 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "6149517012655736",
      "in_reply_to_status_id" : "6149517012655736",
      "in_reply_to_user_id" : "700139296",
      "in_reply_to_user_id_str" : "700139296",
      "in_reply_to_screen_name" : "tobiashasselstein85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Thibault Leclerc",
            "screen_name" : "thibault_leclerc",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700115447",
            "id" : "700115447"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "1081008236091258354",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1081008236091258354",
      "created_at" : "Sun Feb 10 13:39:24 +0000 2013",
      "favorited" : false,
      "full_text" : "@thibault_leclerc Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "432308903727170258",
      "in_reply_to_status_id" : "432308903727170258",
      "in_reply_to_user_id" : "700115447",
      "in_reply_to_user_id_str" : "700115447",
      "in_reply_to_screen_name" : "thibault_leclerc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vũ Quỳnh Kiên",
            "screen_name" : "vuq",
            "indices" : [
              "0",
              "4"
            ],
            "id_str" : "700061071",
            "id" : "700061071"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "3",
      "id_str" : "148979608445939850",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "148979608445939850",
      "created_at" : "Sat Jan 19 17:18:16 +0000 2013",
      "favorited" : false,
      "full_text" : "@vuq OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "637645275626056977",
      "in_reply_to_status_id" : "637645275626056977",
      "in_reply_to_user_id" : "700061071",
      "in_reply_to_user_id_str" : "700061071",
      "in_reply_to_screen_name" : "vuq"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "David Lee",
            "screen_name" : "david.lee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700081462",
            "id" : "700081462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "3",
      "id_str" : "158913461397343230",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "158913461397343230",
      "created_at" : "Sat Jan 19 09:12:25 +0000 2013",
      "favorited" : false,
      "full_text" : "@david.lee Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "528229802117510734",
      "in_reply_to_status_id" : "528229802117510734",
      "in_reply_to_user_id" : "700081462",
      "in_reply_to_user_id_str" : "700081462",
      "in_reply_to_screen_name" : "david.lee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "990632030740219707",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "990632030740219707",
      "created_at" : "Wed Jan 16 05:42:38 +0000 2013",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy See you tomorrow",
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
            "name" : "Tobias Hasselstein",
            "screen_name" : "tobiashasselstein85",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700139296",
            "id" : "700139296"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "93740652264346941",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "93740652264346941",
      "created_at" : "Thu Jan 03 04:23:04 +0000 2013",
      "favorited" : false,
      "full_text" : "@tobiashasselstein85 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1054214945604342317",
      "in_reply_to_status_id" : "1054214945604342317",
      "in_reply_to_user_id" : "700139296",
      "in_reply_to_user_id_str" : "700139296",
      "in_reply_to_screen_name" : "tobiashasselstein85"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "高田蓮美",
            "screen_name" : "j06616",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700092200",
            "id" : "700092200"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "4",
      "id_str" : "371867180621218649",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "371867180621218649",
      "created_at" : "Tue Jan 01 09:18:47 +0000 2013",
      "favorited" : false,
      "full_text" : "@j06616 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "994653968398476236",
      "in_reply_to_status_id" : "994653968398476236",
      "in_reply_to_user_id" : "700092200",
      "in_reply_to_user_id_str" : "700092200",
      "in_reply_to_screen_name" : "j06616"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "David Lee",
            "screen_name" : "david.lee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700081462",
            "id" : "700081462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "1",
      "id_str" : "334387472480136407",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "334387472480136407",
      "created_at" : "Sun Dec 16 12:10:43 +0000 2012",
      "favorited" : false,
      "full_text" : "@david.lee Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1014190152830512897",
      "in_reply_to_status_id" : "1014190152830512897",
      "in_reply_to_user_id" : "700081462",
      "in_reply_to_user_id_str" : "700081462",
      "in_reply_to_screen_name" : "david.lee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Stephanie Harvey",
            "screen_name" : "stephanie.harvey",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700062240",
            "id" : "700062240"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "84649465827925741",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "84649465827925741",
      "created_at" : "Mon Dec 10 22:27:09 +0000 2012",
      "favorited" : false,
      "full_text" : "@stephanie.harvey Çok teşekkürler",
      "lang" : "en",
      "in_reply_to_status_id_str" : "653843519927373125",
      "in_reply_to_status_id" : "653843519927373125",
      "in_reply_to_user_id" : "700062240",
      "in_reply_to_user_id_str" : "700062240",
      "in_reply_to_screen_name" : "stephanie.harvey"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maëlle Valville",
            "screen_name" : "maelle94",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700033085",
            "id" : "700033085"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "653149874209546177",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "653149874209546177",
      "created_at" : "Wed Dec 05 10:26:12 +0000 2012",
      "favorited" : false,
      "full_text" : "@maelle94 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1125863686871397037",
      "in_reply_to_status_id" : "1125863686871397037",
      "in_reply_to_user_id" : "700033085",
      "in_reply_to_user_id_str" : "700033085",
      "in_reply_to_screen_name" : "maelle94"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "高田蓮美",
            "screen_name" : "j06616",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700092200",
            "id" : "700092200"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "1",
      "id_str" : "1019157386655408254",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1019157386655408254",
      "created_at" : "Mon Dec 03 10:23:03 +0000 2012",
      "favorited" : false,
      "full_text" : "@j06616 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "898371444669831843",
      "in_reply_to_status_id" : "898371444669831843",
      "in_reply_to_user_id" : "700092200",
      "in_reply_to_user_id_str" : "700092200",
      "in_reply_to_screen_name" : "j06616"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "David Lee",
            "screen_name" : "david.lee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700081462",
            "id" : "700081462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "1105759616028294105",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1105759616028294105",
      "created_at" : "Fri Nov 30 10:19:12 +0000 2012",
      "favorited" : false,
      "full_text" : "@david.lee Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "813632928543591476",
      "in_reply_to_status_id" : "813632928543591476",
      "in_reply_to_user_id" : "700081462",
      "in_reply_to_user_id_str" : "700081462",
      "in_reply_to_screen_name" : "david.lee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "高田蓮美",
            "screen_name" : "j06616",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700092200",
            "id" : "700092200"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "641878674210309116",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "641878674210309116",
      "created_at" : "Sun Nov 25 08:46:24 +0000 2012",
      "favorited" : false,
      "full_text" : "@j06616 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "255466814871343485",
      "in_reply_to_status_id" : "255466814871343485",
      "in_reply_to_user_id" : "700092200",
      "in_reply_to_user_id_str" : "700092200",
      "in_reply_to_screen_name" : "j06616"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vũ Quỳnh Kiên",
            "screen_name" : "vuq",
            "indices" : [
              "0",
              "4"
            ],
            "id_str" : "700061071",
            "id" : "700061071"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "2",
      "id_str" : "982575936487543714",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "982575936487543714",
      "created_at" : "Thu Nov 08 23:06:32 +0000 2012",
      "favorited" : false,
      "full_text" : "@vuq Köszönöm szépen!",
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
            "name" : "Maëlle Valville",
            "screen_name" : "maelle94",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700033085",
            "id" : "700033085"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "1",
      "id_str" : "124983339700005406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "124983339700005406",
      "created_at" : "Thu Nov 08 13:45:16 +0000 2012",
      "favorited" : false,
      "full_text" : "@maelle94 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "907346371026721617",
      "in_reply_to_status_id" : "907346371026721617",
      "in_reply_to_user_id" : "700033085",
      "in_reply_to_user_id_str" : "700033085",
      "in_reply_to_screen_name" : "maelle94"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "David Lee",
            "screen_name" : "david.lee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700081462",
            "id" : "700081462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "2",
      "id_str" : "521557929055809553",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "521557929055809553",
      "created_at" : "Sun Nov 04 02:31:20 +0000 2012",
      "favorited" : false,
      "full_text" : "@david.lee Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "817785723399126941",
      "in_reply_to_status_id" : "817785723399126941",
      "in_reply_to_user_id" : "700081462",
      "in_reply_to_user_id_str" : "700081462",
      "in_reply_to_screen_name" : "david.lee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "3",
      "id_str" : "16390387133353690",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "16390387133353690",
      "created_at" : "Fri Nov 02 21:50:59 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy Gracias, igualmente",
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
            "name" : "David Lee",
            "screen_name" : "david.lee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700081462",
            "id" : "700081462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "491198386576662519",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "491198386576662519",
      "created_at" : "Mon Oct 22 00:57:19 +0000 2012",
      "favorited" : false,
      "full_text" : "@david.lee I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "389894266756403863",
      "in_reply_to_status_id" : "389894266756403863",
      "in_reply_to_user_id" : "700081462",
      "in_reply_to_user_id_str" : "700081462",
      "in_reply_to_screen_name" : "david.lee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "1",
      "id_str" : "877599050074446456",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "877599050074446456",
      "created_at" : "Fri Oct 19 03:21:05 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy Long time no see!",
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
            "name" : "Stephanie Harvey",
            "screen_name" : "stephanie.harvey",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700062240",
            "id" : "700062240"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "0",
      "id_str" : "131910528732820142",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "131910528732820142",
      "created_at" : "Sun Oct 07 04:58:04 +0000 2012",
      "favorited" : false,
      "full_text" : "@stephanie.harvey Good luck with the launch 🚀",
      "lang" : "en",
      "in_reply_to_status_id_str" : "789842612583093318",
      "in_reply_to_status_id" : "789842612583093318",
      "in_reply_to_user_id" : "700062240",
      "in_reply_to_user_id_str" : "700062240",
      "in_reply_to_screen_name" : "stephanie.harvey"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Klaus Grünler",
            "screen_name" : "klausgrunler50",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700020394",
            "id" : "700020394"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "2",
      "id_str" : "1147511312151221493",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1147511312151221493",
      "created_at" : "Sat Oct 06 00:36:19 +0000 2012",
      "favorited" : false,
      "full_text" : "@klausgrunler50 Yes, works for me",
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
            "name" : "Vũ Quỳnh Kiên",
            "screen_name" : "vuq",
            "indices" : [
              "0",
              "4"
            ],
            "id_str" : "700061071",
            "id" : "700061071"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "1",
      "id_str" : "972616189761359388",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "972616189761359388",
      "created_at" : "Mon Oct 01 06:56:01 +0000 2012",
      "favorited" : false,
      "full_text" : "@vuq Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1040709591755324105",
      "in_reply_to_status_id" : "1040709591755324105",
      "in_reply_to_user_id" : "700061071",
      "in_reply_to_user_id_str" : "700061071",
      "in_reply_to_screen_name" : "vuq"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ryan Hunt",
            "screen_name" : "ryan81",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700031433",
            "id" : "700031433"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "355436880787151039",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "355436880787151039",
      "created_at" : "Tue Sep 18 13:13:37 +0000 2012",
      "favorited" : false,
      "full_text" : "@ryan81 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1037765482238212220",
      "in_reply_to_status_id" : "1037765482238212220",
      "in_reply_to_user_id" : "700031433",
      "in_reply_to_user_id_str" : "700031433",
      "in_reply_to_screen_name" : "ryan81"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maëlle Valville",
            "screen_name" : "maelle94",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700033085",
            "id" : "700033085"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "1",
      "id_str" : "113095447911230750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "113095447911230750",
      "created_at" : "Sun Sep 09 06:20:54 +0000 2012",
      "favorited" : false,
      "full_text" : "@maelle94 Yes, works for me",
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
            "name" : "Vũ Quỳnh Kiên",
            "screen_name" : "vuq",
            "indices" : [
              "0",
              "4"
            ],
            "id_str" : "700061071",
            "id" : "700061071"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "0",
      "id_str" : "708373498089475375",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "708373498089475375",
      "created_at" : "Tue Aug 28 23:47:01 +0000 2012",
      "favorited" : false,
      "full_text" : "@vuq See you tomorrow",
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
            "name" : "Stephanie Harvey",
            "screen_name" : "stephanie.harvey",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700062240",
            "id" : "700062240"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "10905068962826815",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "10905068962826815",
      "created_at" : "Tue Aug 28 09:04:30 +0000 2012",
      "favorited" : false,
      "full_text" : "@stephanie.harvey Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "389242447011271528",
      "in_reply_to_status_id" : "389242447011271528",
      "in_reply_to_user_id" : "700062240",
      "in_reply_to_user_id_str" : "700062240",
      "in_reply_to_screen_name" : "stephanie.harvey"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "1",
      "id_str" : "891787569315017521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "891787569315017521",
      "created_at" : "Tue Aug 21 15:29:19 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy That photo is amazing 📸",
      "lang" : "en",
      "in_reply_to_status_id_str" : "538230547995068802",
      "in_reply_to_status_id" : "538230547995068802",
      "in_reply_to_user_id" : "700015627",
      "in_reply_to_user_id_str" : "700015627",
      "in_reply_to_screen_name" : "zsofia_fekeffy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "渡辺亮太",
            "screen_name" : "jap395",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700083772",
            "id" : "700083772"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "1",
      "id_str" : "368874426174143914",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "368874426174143914",
      "created_at" : "Thu Aug 16 03:16:24 +0000 2012",
      "favorited" : false,
      "full_text" : "@jap395 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "520234650122434429",
      "in_reply_to_status_id" : "520234650122434429",
      "in_reply_to_user_id" : "700083772",
      "in_reply_to_user_id_str" : "700083772",
      "in_reply_to_screen_name" : "jap395"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Stephanie Harvey",
            "screen_name" : "stephanie.harvey",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700062240",
            "id" : "700062240"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "2",
      "id_str" : "255845416622266099",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "255845416622266099",
      "created_at" : "Mon Aug 13 08:01:07 +0000 2012",
      "favorited" : false,
      "full_text" : "@stephanie.harvey Köszönöm szépen!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "810213938595974661",
      "in_reply_to_status_id" : "810213938595974661",
      "in_reply_to_user_id" : "700062240",
      "in_reply_to_user_id_str" : "700062240",
      "in_reply_to_screen_name" : "stephanie.harvey"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vũ Quỳnh Kiên",
            "screen_name" : "vuq",
            "indices" : [
              "0",
              "4"
            ],
            "id_str" : "700061071",
            "id" : "700061071"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "601090768237674130",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "601090768237674130",
      "created_at" : "Tue Jul 31 05:29:48 +0000 2012",
      "favorited" : false,
      "full_text" : "@vuq Gracias, igualmente",
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
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "1108451685781325898",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1108451685781325898",
      "created_at" : "Thu Jul 19 20:52:32 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "740104348664270006",
      "in_reply_to_status_id" : "740104348664270006",
      "in_reply_to_user_id" : "700015627",
      "in_reply_to_user_id_str" : "700015627",
      "in_reply_to_screen_name" : "zsofia_fekeffy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "1",
      "id_str" : "435993044926262768",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "435993044926262768",
      "created_at" : "Thu Jul 19 12:09:08 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "168769156713833169",
      "in_reply_to_status_id" : "168769156713833169",
      "in_reply_to_user_id" : "700015627",
      "in_reply_to_user_id_str" : "700015627",
      "in_reply_to_screen_name" : "zsofia_fekeffy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "渡辺亮太",
            "screen_name" : "jap395",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700083772",
            "id" : "700083772"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "1",
      "id_str" : "289997365752037575",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "289997365752037575",
      "created_at" : "Thu Jul 19 07:11:06 +0000 2012",
      "favorited" : false,
      "full_text" : "@jap395 Sorry, running late",
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
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "2",
      "id_str" : "526175595489491333",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "526175595489491333",
      "created_at" : "Sun Jul 08 09:16:30 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "666446226545255230",
      "in_reply_to_status_id" : "666446226545255230",
      "in_reply_to_user_id" : "700015627",
      "in_reply_to_user_id_str" : "700015627",
      "in_reply_to_screen_name" : "zsofia_fekeffy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vũ Quỳnh Kiên",
            "screen_name" : "vuq",
            "indices" : [
              "0",
              "4"
            ],
            "id_str" : "700061071",
            "id" : "700061071"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "154122956481611590",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "154122956481611590",
      "created_at" : "Fri Jul 06 16:05:16 +0000 2012",
      "favorited" : false,
      "full_text" : "@vuq Great talk yesterday",
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
            "name" : "Vũ Quỳnh Kiên",
            "screen_name" : "vuq",
            "indices" : [
              "0",
              "4"
            ],
            "id_str" : "700061071",
            "id" : "700061071"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "1",
      "id_str" : "1033302990071944260",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1033302990071944260",
      "created_at" : "Wed Jul 04 14:24:52 +0000 2012",
      "favorited" : false,
      "full_text" : "@vuq That photo is amazing 📸",
      "lang" : "en",
      "in_reply_to_status_id_str" : "349687730286341827",
      "in_reply_to_status_id" : "349687730286341827",
      "in_reply_to_user_id" : "700061071",
      "in_reply_to_user_id_str" : "700061071",
      "in_reply_to_screen_name" : "vuq"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "1",
      "id_str" : "244031775975228074",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "244031775975228074",
      "created_at" : "Mon Jun 25 23:06:32 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy Are you coming on Saturday?",
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
            "name" : "Vũ Quỳnh Kiên",
            "screen_name" : "vuq",
            "indices" : [
              "0",
              "4"
            ],
            "id_str" : "700061071",
            "id" : "700061071"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "693713164197539922",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "693713164197539922",
      "created_at" : "Fri Jun 22 12:13:26 +0000 2012",
      "favorited" : false,
      "full_text" : "@vuq Interesting point, I agree",
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
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "2",
      "id_str" : "1045098053597025206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1045098053597025206",
      "created_at" : "Tue Jun 19 05:07:25 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "464805631155695741",
      "in_reply_to_status_id" : "464805631155695741",
      "in_reply_to_user_id" : "700015627",
      "in_reply_to_user_id_str" : "700015627",
      "in_reply_to_screen_name" : "zsofia_fekeffy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "1082927076902416680",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1082927076902416680",
      "created_at" : "Thu Jun 14 02:41:35 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "995833196669575721",
      "in_reply_to_status_id" : "995833196669575721",
      "in_reply_to_user_id" : "700015627",
      "in_reply_to_user_id_str" : "700015627",
      "in_reply_to_screen_name" : "zsofia_fekeffy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "525819696270348326",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "525819696270348326",
      "created_at" : "Sun Jun 10 10:36:53 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "766916835751676740",
      "in_reply_to_status_id" : "766916835751676740",
      "in_reply_to_user_id" : "700015627",
      "in_reply_to_user_id_str" : "700015627",
      "in_reply_to_screen_name" : "zsofia_fekeffy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vũ Quỳnh Kiên",
            "screen_name" : "vuq",
            "indices" : [
              "0",
              "4"
            ],
            "id_str" : "700061071",
            "id" : "700061071"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "0",
      "id_str" : "326574142927017063",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "326574142927017063",
      "created_at" : "Sun Jun 10 07:14:06 +0000 2012",
      "favorited" : false,
      "full_text" : "@vuq See you tomorrow",
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
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "662766736168522207",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "662766736168522207",
      "created_at" : "Sat Jun 02 20:43:09 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "26180921936475172",
      "in_reply_to_status_id" : "26180921936475172",
      "in_reply_to_user_id" : "700015627",
      "in_reply_to_user_id_str" : "700015627",
      "in_reply_to_screen_name" : "zsofia_fekeffy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "渡辺亮太",
            "screen_name" : "jap395",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700083772",
            "id" : "700083772"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "723386678006035487",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "723386678006035487",
      "created_at" : "Tue May 29 12:37:55 +0000 2012",
      "favorited" : false,
      "full_text" : "@jap395 Tack så mycket",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1123308495076674487",
      "in_reply_to_status_id" : "1123308495076674487",
      "in_reply_to_user_id" : "700083772",
      "in_reply_to_user_id_str" : "700083772",
      "in_reply_to_screen_name" : "jap395"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "797533139491748820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "797533139491748820",
      "created_at" : "Sat May 26 15:06:29 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy ありがとう！",
      "lang" : "en",
      "in_reply_to_status_id_str" : "516074540304155419",
      "in_reply_to_status_id" : "516074540304155419",
      "in_reply_to_user_id" : "700015627",
      "in_reply_to_user_id_str" : "700015627",
      "in_reply_to_screen_name" : "zsofia_fekeffy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "418207122355593233",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "418207122355593233",
      "created_at" : "Fri May 25 23:56:56 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "217022908660934404",
      "in_reply_to_status_id" : "217022908660934404",
      "in_reply_to_user_id" : "700015627",
      "in_reply_to_user_id_str" : "700015627",
      "in_reply_to_screen_name" : "zsofia_fekeffy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "1",
      "id_str" : "619997147443526081",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "619997147443526081",
      "created_at" : "Sun May 20 19:58:44 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "860345508178481282",
      "in_reply_to_status_id" : "860345508178481282",
      "in_reply_to_user_id" : "700015627",
      "in_reply_to_user_id_str" : "700015627",
      "in_reply_to_screen_name" : "zsofia_fekeffy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vũ Quỳnh Kiên",
            "screen_name" : "vuq",
            "indices" : [
              "0",
              "4"
            ],
            "id_str" : "700061071",
            "id" : "700061071"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "1",
      "id_str" : "903779635826723922",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "903779635826723922",
      "created_at" : "Wed May 09 12:56:25 +0000 2012",
      "favorited" : false,
      "full_text" : "@vuq Obrigado, até já",
      "lang" : "en",
      "in_reply_to_status_id_str" : "19062573476684439",
      "in_reply_to_status_id" : "19062573476684439",
      "in_reply_to_user_id" : "700061071",
      "in_reply_to_user_id_str" : "700061071",
      "in_reply_to_screen_name" : "vuq"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekeffy Zsófia",
            "screen_name" : "zsofia_fekeffy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700015627",
            "id" : "700015627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "464914289082592640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "464914289082592640",
      "created_at" : "Tue May 08 11:27:36 +0000 2012",
      "favorited" : false,
      "full_text" : "@zsofia_fekeffy Sorry, running late",
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
            "name" : "渡辺亮太",
            "screen_name" : "jap395",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700083772",
            "id" : "700083772"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "654003238527174579",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "654003238527174579",
      "created_at" : "Mon May 07 15:34:32 +0000 2012",
      "favorited" : false,
      "full_text" : "@jap395 Ευχαριστώ πολύ",
      "lang" : "en",
      "in_reply_to_status_id_str" : "338238245336678491",
      "in_reply_to_status_id" : "338238245336678491",
      "in_reply_to_user_id" : "700083772",
      "in_reply_to_user_id_str" : "700083772",
      "in_reply_to_screen_name" : "jap395"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vũ Quỳnh Kiên",
            "screen_name" : "vuq",
            "indices" : [
              "0",
              "4"
            ],
            "id_str" : "700061071",
            "id" : "700061071"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "920441225000322150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "920441225000322150",
      "created_at" : "Sun Apr 29 01:43:29 +0000 2012",
      "favorited" : false,
      "full_text" : "@vuq Long time no see!",
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
            "name" : "渡辺亮太",
            "screen_name" : "jap395",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700083772",
            "id" : "700083772"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "1",
      "id_str" : "946209451613051576",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "946209451613051576",
      "created_at" : "Thu Apr 19 20:59:47 +0000 2012",
      "favorited" : false,
      "full_text" : "@jap395 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "616402140009008796",
      "in_reply_to_status_id" : "616402140009008796",
      "in_reply_to_user_id" : "700083772",
      "in_reply_to_user_id_str" : "700083772",
      "in_reply_to_screen_name" : "jap395"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "渡辺亮太",
            "screen_name" : "jap395",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700083772",
            "id" : "700083772"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "165310721841928267",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "165310721841928267",
      "created_at" : "Wed Mar 21 16:00:24 +0000 2012",
      "favorited" : false,
      "full_text" : "@jap395 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "415931498019388862",
      "in_reply_to_status_id" : "415931498019388862",
      "in_reply_to_user_id" : "700083772",
      "in_reply_to_user_id_str" : "700083772",
      "in_reply_to_screen_name" : "jap395"
    }
  }
]