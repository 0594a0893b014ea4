window.YTD.tweets.part0 = [
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